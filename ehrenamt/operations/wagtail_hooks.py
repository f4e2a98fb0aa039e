from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .mail_admin import OutgoingMailViewSet, ReadOnlyPolicy
from .models import OutgoingMail

register_permission_policy(OutgoingMail, ReadOnlyPolicy(OutgoingMail), exact_class=True)


@hooks.register("register_admin_viewset")
def register_outgoing_mail():
    return OutgoingMailViewSet("outgoing_mail")
