-- Comptoir schema version 6: reviews — what customers wrote about a product or the shop, where
-- (the website, Google, Trustpilot, Judge.me, a marketplace), the shop's reply, the causes behind an
-- unhappy review, and the requests for a review sent after delivery.

-- One review, imported or typed in.
CREATE TABLE reviews (
    id              INTEGER PRIMARY KEY,
    source          TEXT NOT NULL CHECK (source IN ('website', 'google', 'trustpilot', 'judgeme', 'woocommerce',
                                                    'marketplace', 'other')),
    -- The platform's id for the review; when it gives none, a fingerprint of author, day and text,
    -- so that a file imported twice adds nothing.
    external_id     TEXT NOT NULL,
    product_id      INTEGER REFERENCES products(id), -- NULL: a review of the shop
    variant_id      INTEGER REFERENCES variants(id),
    order_id        INTEGER REFERENCES orders(id),
    customer_id     INTEGER REFERENCES customers(id),
    rating          INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title           TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',
    author_email    TEXT NOT NULL DEFAULT '', -- lower case
    language        TEXT NOT NULL DEFAULT '', -- 'fr', 'en'…; empty when unknown
    verified        INTEGER NOT NULL DEFAULT 0, -- the author bought what they review
    written_at      INTEGER NOT NULL,
    reply           TEXT NOT NULL DEFAULT '',
    replied_at      INTEGER,
    -- When the reply was last exported or pushed to the platform; NULL: not published yet.
    reply_published_at INTEGER,
    status          TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'to_answer', 'answered', 'ignored')),
    -- The triage queue, kept with the status and rating: 0 unhappy (3 stars or fewer) and waiting,
    -- 1 happy and waiting, 2 answered, 3 ignored.
    queue           INTEGER NOT NULL CHECK (queue BETWEEN 0 AND 3),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX reviews_external ON reviews(source, external_id);
-- The triage queue: unhappy waiting ones first, then happy waiting ones, oldest first.
CREATE INDEX reviews_queue ON reviews(queue, written_at, id);
-- Every review, newest first.
CREATE INDEX reviews_recent ON reviews(written_at, id);
-- The shop's summary (count per rating) without reading the reviews themselves.
CREATE INDEX reviews_rating ON reviews(rating);
-- A product's reviews and its summary (count, average).
CREATE INDEX reviews_product ON reviews(product_id, written_at, rating) WHERE product_id IS NOT NULL;
-- The products with the most unhappy reviews over a period.
CREATE INDEX reviews_negative ON reviews(written_at, product_id, rating) WHERE rating <= 3;
CREATE INDEX reviews_order ON reviews(order_id) WHERE order_id IS NOT NULL;
CREATE INDEX reviews_unpublished ON reviews(source, replied_at) WHERE reply <> '' AND reply_published_at IS NULL;

-- Photos the customer attached, by file path or address.
CREATE TABLE review_photos (
    review_id   INTEGER NOT NULL REFERENCES reviews(id),
    position    INTEGER NOT NULL,
    path        TEXT NOT NULL,
    PRIMARY KEY (review_id, position)
);

-- Why a customer was unhappy: suggested from the review's words, then confirmed (or rejected) by the
-- merchant. The statistics count the suggested and confirmed ones; a rejected one is never suggested
-- again for that review.
CREATE TABLE review_causes (
    review_id   INTEGER NOT NULL REFERENCES reviews(id),
    cause       TEXT NOT NULL CHECK (cause IN ('delivery_delay', 'damaged_parcel', 'product_quality', 'sizing',
                                               'not_as_described', 'customer_service', 'price')),
    state       TEXT NOT NULL CHECK (state IN ('suggested', 'confirmed', 'rejected')),
    -- Copies of the review's, for the statistics per cause and month without reading the reviews.
    rating      INTEGER NOT NULL,
    written_at  INTEGER NOT NULL,
    PRIMARY KEY (review_id, cause)
);
CREATE INDEX review_causes_stats ON review_causes(cause, written_at, rating) WHERE state <> 'rejected';

-- Searching reviews: title, text and author.
CREATE VIRTUAL TABLE reviews_fts USING fts5(
    title, body, author,
    content='reviews', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2",
    prefix='2 3'
);
CREATE TRIGGER reviews_fts_insert AFTER INSERT ON reviews BEGIN
    INSERT INTO reviews_fts(rowid, title, body, author) VALUES (new.id, new.title, new.body, new.author);
END;
CREATE TRIGGER reviews_fts_delete AFTER DELETE ON reviews BEGIN
    INSERT INTO reviews_fts(reviews_fts, rowid, title, body, author)
    VALUES ('delete', old.id, old.title, old.body, old.author);
END;
CREATE TRIGGER reviews_fts_update AFTER UPDATE OF title, body, author ON reviews BEGIN
    INSERT INTO reviews_fts(reviews_fts, rowid, title, body, author)
    VALUES ('delete', old.id, old.title, old.body, old.author);
    INSERT INTO reviews_fts(rowid, title, body, author) VALUES (new.id, new.title, new.body, new.author);
END;

-- A request for a review, written for a delivered order: the draft in the order's conversation
-- (then sent through the outbox), or skipped by the merchant. One per order, never twice.
CREATE TABLE review_requests (
    order_id    INTEGER PRIMARY KEY REFERENCES orders(id),
    message_id  INTEGER REFERENCES messages(id),
    state       TEXT NOT NULL CHECK (state IN ('drafted', 'skipped')),
    created_at  INTEGER NOT NULL
);
-- The delivered orders, by day of delivery: those due for a review request.
CREATE INDEX orders_delivered ON orders(delivered_at) WHERE status = 'delivered';
