-- Comptoir schema version 3: the order lifecycle — billing addresses, holds, reservations per
-- location, the history of every order, packing, shipments and returns.

ALTER TABLE orders ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN ship_company TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN ship_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN bill_name TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN bill_company TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN bill_address1 TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN bill_address2 TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN bill_postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN bill_city TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN bill_country TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN gift_message TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN shipping_method TEXT NOT NULL DEFAULT '';
-- Where the order came from: 'demo', 'manual', 'counter', 'import:shopify'…
ALTER TABLE orders ADD COLUMN source TEXT NOT NULL DEFAULT '';
-- An order on hold goes back to the status it was held from.
ALTER TABLE orders ADD COLUMN held_from TEXT;
ALTER TABLE orders ADD COLUMN hold_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN packed_at INTEGER;
ALTER TABLE orders ADD COLUMN delivered_at INTEGER;
ALTER TABLE orders ADD COLUMN cancelled_at INTEGER;
-- Items of an open order that no location could reserve (out of stock): the "problem" orders.
ALTER TABLE orders ADD COLUMN short_items INTEGER NOT NULL DEFAULT 0;
-- Row version: an edit made on an older copy of the order (another window, another seat) is refused.
ALTER TABLE orders ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
CREATE INDEX orders_short ON orders(placed_at) WHERE short_items > 0;

UPDATE orders SET held_from = CASE WHEN paid_at IS NULL THEN 'new' ELSE 'paid' END WHERE status = 'on_hold';

-- Quantity scanned at the packing station.
ALTER TABLE order_lines ADD COLUMN packed_quantity INTEGER NOT NULL DEFAULT 0 CHECK (packed_quantity >= 0);

-- Stock held for an open order, line by line and location by location. stock_levels.reserved is
-- always the sum of these rows; shipping turns them into sale movements, cancelling deletes them.
CREATE TABLE order_reservations (
    order_line_id INTEGER NOT NULL REFERENCES order_lines(id),
    variant_id    INTEGER NOT NULL REFERENCES variants(id),
    location_id   INTEGER NOT NULL REFERENCES locations(id),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_line_id, location_id)
) WITHOUT ROWID;
CREATE INDEX order_reservations_level ON order_reservations(variant_id, location_id);

-- Open orders of earlier versions reserved in the location holding the variant's reservations.
INSERT INTO order_reservations (order_line_id, variant_id, location_id, quantity)
    SELECT l.id, l.variant_id, r.location_id, l.quantity
    FROM order_lines l
    JOIN orders o ON o.id = l.order_id
    JOIN (SELECT variant_id, location_id, max(reserved) FROM stock_levels WHERE reserved > 0
          GROUP BY variant_id) r ON r.variant_id = l.variant_id
    WHERE o.status IN ('paid', 'preparing', 'packed')
       OR (o.status = 'on_hold' AND o.held_from <> 'new');
UPDATE orders SET short_items = (
        SELECT coalesce(sum(l.quantity), 0) - coalesce(sum(
            (SELECT sum(r.quantity) FROM order_reservations r WHERE r.order_line_id = l.id)), 0)
        FROM order_lines l WHERE l.order_id = orders.id AND l.variant_id IS NOT NULL)
    WHERE status IN ('paid', 'preparing', 'packed') OR (status = 'on_hold' AND held_from <> 'new');

-- What happened to each order, append-only: the timeline of the order page.
CREATE TABLE order_events (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id),
    kind        TEXT NOT NULL CHECK (kind IN ('created', 'status', 'edited', 'note', 'packed', 'shipment',
                                              'return', 'stock')),
    from_status TEXT,
    to_status   TEXT,
    note        TEXT NOT NULL DEFAULT '',
    user_name   TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);
CREATE INDEX order_events_order ON order_events(order_id, id);
CREATE TRIGGER order_events_no_update BEFORE UPDATE ON order_events BEGIN
    SELECT RAISE(ABORT, 'order events are append-only');
END;
CREATE TRIGGER order_events_no_delete BEFORE DELETE ON order_events BEGIN
    SELECT RAISE(ABORT, 'order events are append-only');
END;

-- Parcels sent for an order (one or more); the tracking work builds on this table.
CREATE TABLE shipments (
    id              INTEGER PRIMARY KEY,
    order_id        INTEGER NOT NULL REFERENCES orders(id),
    carrier         TEXT NOT NULL DEFAULT '',
    service         TEXT NOT NULL DEFAULT '',
    tracking_number TEXT NOT NULL DEFAULT '',
    weight_g        INTEGER NOT NULL DEFAULT 0,
    cost_minor      INTEGER NOT NULL DEFAULT 0,
    currency        TEXT NOT NULL DEFAULT 'EUR',
    shipped_at      INTEGER NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX shipments_order ON shipments(order_id);
CREATE INDEX shipments_tracking ON shipments(tracking_number) WHERE tracking_number <> '';

-- Returns (RMA): opened from an order, received, then each line restocked or written off.
CREATE TABLE returns (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    order_id     INTEGER NOT NULL REFERENCES orders(id),
    status       TEXT NOT NULL CHECK (status IN ('open', 'received', 'closed', 'cancelled')),
    note         TEXT NOT NULL DEFAULT '',
    refund_minor INTEGER NOT NULL DEFAULT 0 CHECK (refund_minor >= 0),
    currency     TEXT NOT NULL DEFAULT 'EUR',
    created_at   INTEGER NOT NULL,
    received_at  INTEGER,
    closed_at    INTEGER,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX returns_order ON returns(order_id);
CREATE INDEX returns_status ON returns(status, created_at);

CREATE TABLE return_lines (
    id            INTEGER PRIMARY KEY,
    return_id     INTEGER NOT NULL REFERENCES returns(id),
    order_line_id INTEGER NOT NULL REFERENCES order_lines(id),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    reason        TEXT NOT NULL CHECK (reason IN ('too_small', 'too_large', 'damaged', 'not_as_described',
                                                  'changed_mind', 'wrong_item', 'other')),
    -- Once received: back on the shelf (a return movement) or written off (a damage movement).
    decision      TEXT CHECK (decision IN ('restock', 'write_off')),
    location_id   INTEGER REFERENCES locations(id)
);
CREATE INDEX return_lines_return ON return_lines(return_id);
CREATE INDEX return_lines_order_line ON return_lines(order_line_id);
