/**
 * The PostgreSQL notification channel of the public registry. The projector notifies it in the
 * transaction that appends to the change feed (delivered on commit only, so a listener never
 * hears of a change it cannot read yet), with the feed's last sequence number as payload; a
 * rebuild notifies REBUILT after its swap.
 */
export const REGISTRY_CHANNEL = 'cqc_registry';
export const REBUILT = 'rebuilt';
