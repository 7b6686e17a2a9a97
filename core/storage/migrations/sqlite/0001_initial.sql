-- Comptoir schema version 1: shop settings, catalog, one shared stock ledger, customers and orders.
-- Money is INTEGER minor units with a currency column; times are INTEGER seconds since the epoch, UTC.
PRAGMA application_id = 1131375984;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE suppliers (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    lead_time_days  INTEGER NOT NULL DEFAULT 7 CHECK (lead_time_days >= 0),
    min_order_minor INTEGER NOT NULL DEFAULT 0,
    currency        TEXT NOT NULL DEFAULT 'EUR',
    created_at      INTEGER NOT NULL
);

CREATE TABLE categories (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories(id),
    name      TEXT NOT NULL
);

CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    category_id INTEGER REFERENCES categories(id),
    supplier_id INTEGER REFERENCES suppliers(id),
    vat_rate_bp INTEGER NOT NULL DEFAULT 2000, -- basis points: 2000 = 20 %
    archived    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX products_category ON products(category_id);
CREATE INDEX products_supplier ON products(supplier_id);

-- One row per sellable item (a product without options has one variant). The listing columns
-- (title, supplier_id, on_hand) are kept here so the catalog table sorts on one indexed table.
CREATE TABLE variants (
    id               INTEGER PRIMARY KEY,
    product_id       INTEGER NOT NULL REFERENCES products(id),
    sku              TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL,            -- product name and option values, as listed
    option1          TEXT NOT NULL DEFAULT '',
    option2          TEXT NOT NULL DEFAULT '',
    barcode          TEXT NOT NULL DEFAULT '', -- EAN-13 / UPC / GTIN
    price_minor      INTEGER NOT NULL,
    compare_at_minor INTEGER,
    cost_minor       INTEGER NOT NULL DEFAULT 0,
    currency         TEXT NOT NULL DEFAULT 'EUR',
    weight_g         INTEGER NOT NULL DEFAULT 0,
    supplier_id      INTEGER REFERENCES suppliers(id),
    supplier_name    TEXT NOT NULL DEFAULT '', -- copy of suppliers.name, checked and kept by triggers
    supplier_sku     TEXT NOT NULL DEFAULT '',
    lead_time_days   INTEGER,                  -- NULL: the supplier's
    bin_location     TEXT NOT NULL DEFAULT '',
    on_hand          INTEGER NOT NULL DEFAULT 0, -- sum of stock_levels.on_hand
    reserved         INTEGER NOT NULL DEFAULT 0, -- sum of stock_levels.reserved
    archived         INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX variants_product ON variants(product_id);
CREATE INDEX variants_title ON variants(title);
CREATE INDEX variants_price ON variants(price_minor);
CREATE INDEX variants_on_hand ON variants(on_hand);
CREATE INDEX variants_supplier ON variants(supplier_id);
CREATE INDEX variants_supplier_name ON variants(supplier_name);

-- The listing copies on variants can never drift: writers must give the right supplier name, and
-- renaming a supplier or a product updates its variants in the same transaction.
CREATE TRIGGER variants_supplier_name_insert BEFORE INSERT ON variants
WHEN new.supplier_name IS NOT coalesce((SELECT name FROM suppliers WHERE id = new.supplier_id), '') BEGIN
    SELECT RAISE(ABORT, 'variants.supplier_name must be the name of variants.supplier_id');
END;
CREATE TRIGGER variants_supplier_change AFTER UPDATE OF supplier_id ON variants BEGIN
    UPDATE variants SET supplier_name = coalesce((SELECT name FROM suppliers WHERE id = new.supplier_id), '')
    WHERE id = new.id;
END;
CREATE TRIGGER suppliers_rename AFTER UPDATE OF name ON suppliers BEGIN
    UPDATE variants SET supplier_name = new.name WHERE supplier_id = new.id;
END;
CREATE TRIGGER products_rename AFTER UPDATE OF name ON products BEGIN
    UPDATE variants SET title = new.name || CASE
        WHEN option1 <> '' AND option2 <> '' THEN ' – ' || option1 || ' / ' || option2
        WHEN option1 <> '' THEN ' – ' || option1
        WHEN option2 <> '' THEN ' – ' || option2
        ELSE '' END
    WHERE product_id = new.id;
END;
CREATE INDEX variants_barcode ON variants(barcode) WHERE barcode <> '';

CREATE VIRTUAL TABLE variants_fts USING fts5(
    sku, title, barcode, supplier_sku,
    content='variants', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2 tokenchars '-_'",
    prefix='1 2 3'
);
CREATE TRIGGER variants_fts_insert AFTER INSERT ON variants BEGIN
    INSERT INTO variants_fts(rowid, sku, title, barcode, supplier_sku)
    VALUES (new.id, new.sku, new.title, new.barcode, new.supplier_sku);
END;
CREATE TRIGGER variants_fts_delete AFTER DELETE ON variants BEGIN
    INSERT INTO variants_fts(variants_fts, rowid, sku, title, barcode, supplier_sku)
    VALUES ('delete', old.id, old.sku, old.title, old.barcode, old.supplier_sku);
END;
CREATE TRIGGER variants_fts_update AFTER UPDATE OF sku, title, barcode, supplier_sku ON variants BEGIN
    INSERT INTO variants_fts(variants_fts, rowid, sku, title, barcode, supplier_sku)
    VALUES ('delete', old.id, old.sku, old.title, old.barcode, old.supplier_sku);
    INSERT INTO variants_fts(rowid, sku, title, barcode, supplier_sku)
    VALUES (new.id, new.sku, new.title, new.barcode, new.supplier_sku);
END;

CREATE TABLE locations (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    sells_online INTEGER NOT NULL DEFAULT 1, -- its stock is offered on the website
    created_at INTEGER NOT NULL
);

-- Current stock per variant and location; always equal to the sum of the ledger below.
CREATE TABLE stock_levels (
    variant_id  INTEGER NOT NULL REFERENCES variants(id),
    location_id INTEGER NOT NULL REFERENCES locations(id),
    on_hand     INTEGER NOT NULL DEFAULT 0,
    reserved    INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    PRIMARY KEY (variant_id, location_id)
) WITHOUT ROWID;

-- The append-only stock ledger: every change of on-hand stock, with its reason.
CREATE TABLE stock_movements (
    id          INTEGER PRIMARY KEY,
    variant_id  INTEGER NOT NULL REFERENCES variants(id),
    location_id INTEGER NOT NULL REFERENCES locations(id),
    quantity    INTEGER NOT NULL CHECK (quantity <> 0),
    reason      TEXT NOT NULL CHECK (reason IN ('receipt', 'sale', 'return', 'adjustment', 'count',
                                                'transfer', 'damage')),
    note        TEXT NOT NULL DEFAULT '',
    reference   TEXT NOT NULL DEFAULT '', -- e.g. an order or purchase-order number
    user_name   TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);
CREATE INDEX stock_movements_variant ON stock_movements(variant_id, created_at);
CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements BEGIN
    SELECT RAISE(ABORT, 'stock movements are append-only');
END;
CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements BEGIN
    SELECT RAISE(ABORT, 'stock movements are append-only');
END;

CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    email       TEXT NOT NULL DEFAULT '',
    first_name  TEXT NOT NULL DEFAULT '',
    last_name   TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    address1    TEXT NOT NULL DEFAULT '',
    address2    TEXT NOT NULL DEFAULT '',
    postcode    TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT 'FR', -- ISO 3166-1 alpha-2
    accepts_marketing INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);
CREATE INDEX customers_email ON customers(email);
CREATE INDEX customers_name ON customers(last_name, first_name);

CREATE TABLE orders (
    id             INTEGER PRIMARY KEY,
    number         TEXT NOT NULL UNIQUE,
    channel        TEXT NOT NULL CHECK (channel IN ('website', 'counter', 'marketplace', 'phone')),
    status         TEXT NOT NULL CHECK (status IN ('new', 'paid', 'preparing', 'packed', 'shipped', 'delivered',
                                                   'on_hold', 'cancelled', 'returned')),
    customer_id    INTEGER REFERENCES customers(id),
    customer_name  TEXT NOT NULL DEFAULT '', -- as on the order, also the sortable listing column
    email          TEXT NOT NULL DEFAULT '',
    ship_name      TEXT NOT NULL DEFAULT '',
    ship_address1  TEXT NOT NULL DEFAULT '',
    ship_address2  TEXT NOT NULL DEFAULT '',
    ship_postcode  TEXT NOT NULL DEFAULT '',
    ship_city      TEXT NOT NULL DEFAULT '',
    ship_country   TEXT NOT NULL DEFAULT 'FR',
    currency       TEXT NOT NULL DEFAULT 'EUR',
    item_count     INTEGER NOT NULL DEFAULT 0,
    subtotal_minor INTEGER NOT NULL DEFAULT 0, -- lines, taxes included
    shipping_minor INTEGER NOT NULL DEFAULT 0,
    discount_minor INTEGER NOT NULL DEFAULT 0,
    tax_minor      INTEGER NOT NULL DEFAULT 0, -- VAT included in the total
    total_minor    INTEGER NOT NULL DEFAULT 0,
    note           TEXT NOT NULL DEFAULT '',
    placed_at      INTEGER NOT NULL,
    paid_at        INTEGER,
    shipped_at     INTEGER,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX orders_placed ON orders(placed_at);
CREATE INDEX orders_status_placed ON orders(status, placed_at);
CREATE INDEX orders_customer ON orders(customer_id);
CREATE INDEX orders_customer_name ON orders(customer_name);
CREATE INDEX orders_total ON orders(total_minor);
CREATE INDEX orders_email ON orders(email);
CREATE INDEX orders_items ON orders(item_count);
CREATE INDEX orders_channel_placed ON orders(channel, placed_at);

CREATE TABLE order_lines (
    id               INTEGER PRIMARY KEY,
    order_id         INTEGER NOT NULL REFERENCES orders(id),
    variant_id       INTEGER REFERENCES variants(id),
    sku              TEXT NOT NULL,
    title            TEXT NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor INTEGER NOT NULL,
    vat_rate_bp      INTEGER NOT NULL DEFAULT 2000,
    total_minor      INTEGER NOT NULL
);
CREATE INDEX order_lines_order ON order_lines(order_id);
CREATE INDEX order_lines_variant ON order_lines(variant_id);
