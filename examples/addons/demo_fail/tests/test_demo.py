from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestDemo(TransactionCase):
    def test_one(self):
        self.assertEqual(1, 1)

    def test_two(self):
        # Fails on purpose: AssertionError: 1 != 2
        self.assertEqual(1, 2)
