from odoo.tests import TransactionCase, tagged


# post_install, -at_install: runs once every module is loaded, the usual
# choice for tests that touch records of other modules.
@tagged("post_install", "-at_install")
class TestDemo(TransactionCase):
    def test_partner_is_created(self):
        partner = self.env["res.partner"].create({"name": "Demo partner"})
        self.assertEqual(partner.name, "Demo partner")
        self.assertTrue(partner.active)
