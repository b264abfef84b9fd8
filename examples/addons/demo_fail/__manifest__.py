# A minimal Odoo 18 addon with one test that fails on purpose, to see what a
# failed run looks like (verdict, comment, check run annotation).
{
    "name": "Demo (failing test)",
    "version": "18.0.1.0.0",
    "summary": "Example addon for resilient-test-runner: one failing test.",
    "category": "Hidden",
    "license": "LGPL-3",
    "depends": ["base"],
    "data": [],
    "installable": True,
    "application": False,
}
