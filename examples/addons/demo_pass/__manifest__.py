# A minimal Odoo 18 addon whose one test passes: the smallest thing
# resilient-test-runner can prove it ran (see ../../README.md).
{
    "name": "Demo (passing test)",
    "version": "18.0.1.0.0",
    "summary": "Example addon for resilient-test-runner: one passing test.",
    "category": "Hidden",
    "license": "LGPL-3",
    "depends": ["base"],
    "data": [],
    "installable": True,
    "application": False,
}
