# No models: the addon exists only to carry its tests.
