-- Comptoir schema version 4: parcel tracking — the carriers the shop edits or adds, where each
-- parcel stands, its tracking events, and what the merchant did about its problems.

-- The shop's own carriers and its versions of the built-in ones (JSON, as core/shipping/carriers.json).
CREATE TABLE carriers (
    key        TEXT PRIMARY KEY,
    definition TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Where the parcel stands: the state of its newest tracking event.
ALTER TABLE shipments ADD COLUMN state TEXT NOT NULL DEFAULT 'label_created'
    CHECK (state IN ('label_created', 'in_transit', 'out_for_delivery', 'awaiting_pickup', 'delivered',
                     'delivery_failed', 'exception', 'returned', 'damaged', 'lost'));
ALTER TABLE shipments ADD COLUMN last_event_at INTEGER;
-- Expected delivery day ('YYYY-MM-DD') from the carrier's transit time in working days; '' when the
-- carrier or service gives none, NULL until computed.
ALTER TABLE shipments ADD COLUMN expected_on TEXT;
ALTER TABLE shipments ADD COLUMN delivered_at INTEGER;
-- A damage reported by the carrier, even if the parcel was delivered afterwards.
ALTER TABLE shipments ADD COLUMN damaged_at INTEGER;
-- The customer says the parcel never arrived although the carrier says it was delivered.
ALTER TABLE shipments ADD COLUMN disputed_at INTEGER;
-- The merchant dealt with the parcel's problem (reshipped, refunded, claim filed…).
ALTER TABLE shipments ADD COLUMN handled_at INTEGER;
ALTER TABLE shipments ADD COLUMN handled_note TEXT NOT NULL DEFAULT '';
-- The last time the customer was told about the parcel's problem.
ALTER TABLE shipments ADD COLUMN customer_told_at INTEGER;
ALTER TABLE shipments ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- Parcels of orders already delivered or returned were delivered.
UPDATE shipments SET state = 'delivered',
    delivered_at = (SELECT coalesce(o.delivered_at, shipments.shipped_at) FROM orders o WHERE o.id = shipments.order_id)
WHERE order_id IN (SELECT id FROM orders WHERE status IN ('delivered', 'returned'));

-- The parcels still under watch, and those with a problem reported: what problem detection reads.
CREATE INDEX shipments_open ON shipments(shipped_at) WHERE delivered_at IS NULL AND handled_at IS NULL;
CREATE INDEX shipments_reported ON shipments(shipped_at)
    WHERE handled_at IS NULL AND (damaged_at IS NOT NULL OR disputed_at IS NOT NULL);

-- A parcel's tracking timeline: typed in, imported from a carrier's file, or fetched from its API.
CREATE TABLE tracking_events (
    id          INTEGER PRIMARY KEY,
    shipment_id INTEGER NOT NULL REFERENCES shipments(id),
    state       TEXT NOT NULL
        CHECK (state IN ('label_created', 'in_transit', 'out_for_delivery', 'awaiting_pickup', 'delivered',
                         'delivery_failed', 'exception', 'returned', 'damaged', 'lost')),
    happened_at INTEGER NOT NULL,
    location    TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    code        TEXT NOT NULL DEFAULT '', -- the carrier's own code (La Poste: DI1, PC1…)
    source      TEXT NOT NULL CHECK (source IN ('manual', 'import', 'carrier')),
    user_name   TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    UNIQUE (shipment_id, happened_at, state, code)
);
