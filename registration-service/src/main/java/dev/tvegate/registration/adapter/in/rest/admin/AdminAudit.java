package dev.tvegate.registration.adapter.in.rest.admin;

import org.jboss.logging.Logger;

import dev.tvegate.registration.domain.model.Caller;

/**
 * One INFO line per successful admin change, naming the admin client, under the logger category
 * {@code tvegate.audit} so that it can be routed or retained separately. Never logs secrets.
 */
final class AdminAudit {

    private static final Logger LOG = Logger.getLogger("tvegate.audit");

    private AdminAudit() {
    }

    static void log(Caller caller, String action, String target) {
        LOG.infof("admin client %s %s %s", caller.clientId(), action, target);
    }
}
