-- Comptoir schema version 2: supplier contacts, product images, description search, stock-out
-- periods for sales velocity, purchase orders and stock takes.

-- Every shop starts with a warehouse and a shop counter sharing one stock (both sell online); the
-- merchant renames them or stops the counter's stock from being offered on the website.
INSERT INTO locations (id, name, sells_online, created_at)
    SELECT defaults.column1, defaults.column2, 1, CAST(strftime('%s', 'now') AS INTEGER)
    FROM (VALUES (1, 'Entrepôt'), (2, 'Boutique')) AS defaults
    WHERE NOT EXISTS (SELECT 1 FROM locations);

ALTER TABLE suppliers ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN website TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;

-- Pictures are files the merchant already has: Comptoir stores their path, not their bytes.
ALTER TABLE products ADD COLUMN image_path TEXT NOT NULL DEFAULT '';
ALTER TABLE variants ADD COLUMN image_path TEXT NOT NULL DEFAULT '';

-- The search index also covers the product description, read through a view.
DROP TRIGGER variants_fts_insert;
DROP TRIGGER variants_fts_delete;
DROP TRIGGER variants_fts_update;
DROP TABLE variants_fts;
CREATE VIEW variants_search AS
    SELECT v.id, v.sku, v.title, v.barcode, v.supplier_sku, p.description
    FROM variants v JOIN products p ON p.id = v.product_id;
CREATE VIRTUAL TABLE variants_fts USING fts5(
    sku, title, barcode, supplier_sku, description,
    content='variants_search', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2 tokenchars '-_'",
    prefix='1 2 3 4 5 6' -- a word typed up to 6 letters is read from its own prefix entry, never merged
);
CREATE TRIGGER variants_fts_insert AFTER INSERT ON variants BEGIN
    INSERT INTO variants_fts(rowid, sku, title, barcode, supplier_sku, description)
    VALUES (new.id, new.sku, new.title, new.barcode, new.supplier_sku,
            coalesce((SELECT description FROM products WHERE id = new.product_id), ''));
END;
CREATE TRIGGER variants_fts_delete AFTER DELETE ON variants BEGIN
    INSERT INTO variants_fts(variants_fts, rowid, sku, title, barcode, supplier_sku, description)
    VALUES ('delete', old.id, old.sku, old.title, old.barcode, old.supplier_sku,
            coalesce((SELECT description FROM products WHERE id = old.product_id), ''));
END;
CREATE TRIGGER variants_fts_update AFTER UPDATE OF sku, title, barcode, supplier_sku, product_id ON variants BEGIN
    INSERT INTO variants_fts(variants_fts, rowid, sku, title, barcode, supplier_sku, description)
    VALUES ('delete', old.id, old.sku, old.title, old.barcode, old.supplier_sku,
            coalesce((SELECT description FROM products WHERE id = old.product_id), ''));
    INSERT INTO variants_fts(rowid, sku, title, barcode, supplier_sku, description)
    VALUES (new.id, new.sku, new.title, new.barcode, new.supplier_sku,
            coalesce((SELECT description FROM products WHERE id = new.product_id), ''));
END;
CREATE TRIGGER products_fts_description AFTER UPDATE OF description ON products BEGIN
    INSERT INTO variants_fts(variants_fts, rowid, sku, title, barcode, supplier_sku, description)
    SELECT 'delete', id, sku, title, barcode, supplier_sku, old.description FROM variants WHERE product_id = new.id;
    INSERT INTO variants_fts(rowid, sku, title, barcode, supplier_sku, description)
    SELECT id, sku, title, barcode, supplier_sku, new.description FROM variants WHERE product_id = new.id;
END;
INSERT INTO variants_fts(variants_fts) VALUES ('rebuild');

-- Periods when a variant had nothing on hand in any location (ended_at NULL: still out). Sales
-- velocity leaves these days out, so a best seller that ran dry does not look like a slow one.
CREATE TABLE stock_outs (
    variant_id INTEGER NOT NULL REFERENCES variants(id),
    started_at INTEGER NOT NULL,
    ended_at   INTEGER,
    PRIMARY KEY (variant_id, started_at)
) WITHOUT ROWID;
CREATE INDEX stock_outs_ended ON stock_outs(ended_at);
INSERT INTO stock_outs (variant_id, started_at, ended_at)
    SELECT v.id, max(m.created_at), NULL
    FROM variants v JOIN stock_movements m ON m.variant_id = v.id
    WHERE v.on_hand <= 0
    GROUP BY v.id;

-- Kept by the database for every writer; the time is the variant's updated_at, which each stock
-- change sets to the time of its movement.
CREATE TRIGGER variants_stock_out AFTER UPDATE OF on_hand ON variants
WHEN old.on_hand > 0 AND new.on_hand <= 0 BEGIN
    INSERT OR REPLACE INTO stock_outs (variant_id, started_at, ended_at) VALUES (new.id, new.updated_at, NULL);
END;
CREATE TRIGGER variants_back_in_stock AFTER UPDATE OF on_hand ON variants
WHEN old.on_hand <= 0 AND new.on_hand > 0 BEGIN
    UPDATE stock_outs SET ended_at = max(started_at, new.updated_at) WHERE variant_id = new.id AND ended_at IS NULL;
END;

-- Sales over a window for every variant at once, read from the index alone.
CREATE INDEX stock_movements_reason_time ON stock_movements(reason, created_at, variant_id, quantity);

CREATE TABLE purchase_orders (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE, -- PO-000123
    supplier_id  INTEGER NOT NULL REFERENCES suppliers(id),
    location_id  INTEGER NOT NULL REFERENCES locations(id), -- where the goods arrive
    status       TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'partial', 'received', 'cancelled')),
    currency     TEXT NOT NULL DEFAULT 'EUR',
    note         TEXT NOT NULL DEFAULT '',
    expected_at  INTEGER,
    created_at   INTEGER NOT NULL,
    sent_at      INTEGER,
    closed_at    INTEGER, -- received in full or cancelled
    updated_at   INTEGER NOT NULL
);
CREATE INDEX purchase_orders_status ON purchase_orders(status, created_at);
CREATE INDEX purchase_orders_supplier ON purchase_orders(supplier_id, created_at);

CREATE TABLE purchase_order_lines (
    id                INTEGER PRIMARY KEY,
    purchase_order_id INTEGER NOT NULL REFERENCES purchase_orders(id),
    variant_id        INTEGER NOT NULL REFERENCES variants(id),
    sku               TEXT NOT NULL,
    title             TEXT NOT NULL,
    supplier_sku      TEXT NOT NULL DEFAULT '',
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    received          INTEGER NOT NULL DEFAULT 0 CHECK (received >= 0),
    unit_cost_minor   INTEGER NOT NULL CHECK (unit_cost_minor >= 0),
    UNIQUE (purchase_order_id, variant_id)
);
CREATE INDEX purchase_order_lines_variant ON purchase_order_lines(variant_id);

-- A count of one location, paused and resumed until it is applied as count movements.
CREATE TABLE stock_takes (
    id          INTEGER PRIMARY KEY,
    location_id INTEGER NOT NULL REFERENCES locations(id),
    scope       TEXT NOT NULL DEFAULT '', -- what is counted, as the user chose it
    status      TEXT NOT NULL CHECK (status IN ('counting', 'applied', 'cancelled')),
    note        TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    closed_at   INTEGER,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX stock_takes_status ON stock_takes(status, created_at);

CREATE TABLE stock_take_lines (
    stock_take_id INTEGER NOT NULL REFERENCES stock_takes(id),
    variant_id    INTEGER NOT NULL REFERENCES variants(id),
    expected      INTEGER NOT NULL, -- on hand when the count started
    counted       INTEGER CHECK (counted >= 0), -- NULL: not counted yet
    counted_at    INTEGER,
    PRIMARY KEY (stock_take_id, variant_id)
) WITHOUT ROWID;
