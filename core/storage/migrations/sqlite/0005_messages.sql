-- Comptoir schema version 5: customer messages — conversations with customers next to their orders,
-- each message received or written, the outbox of messages to send, the attachments, the templates
-- the shop edits, and which parcel a notice was about.

-- A conversation with one customer, usually about one order.
CREATE TABLE threads (
    id              INTEGER PRIMARY KEY,
    subject         TEXT NOT NULL DEFAULT '',
    customer_email  TEXT NOT NULL DEFAULT '', -- lower case
    customer_name   TEXT NOT NULL DEFAULT '',
    customer_id     INTEGER REFERENCES customers(id),
    order_id        INTEGER REFERENCES orders(id),
    -- open: the customer waits for an answer; answered: the shop wrote last; closed: nothing to do.
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'closed')),
    unread          INTEGER NOT NULL DEFAULT 0 CHECK (unread >= 0), -- received messages not read yet
    message_count   INTEGER NOT NULL DEFAULT 0,
    last_message_at INTEGER NOT NULL,
    last_direction  TEXT NOT NULL DEFAULT 'in' CHECK (last_direction IN ('in', 'out')),
    snippet         TEXT NOT NULL DEFAULT '', -- the start of the last message, for the list
    created_at      INTEGER NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
-- The Messages page: newest first, paged by (last_message_at, id); the unread and open ones first.
CREATE INDEX threads_recent ON threads(last_message_at, id);
CREATE INDEX threads_status_recent ON threads(status, last_message_at, id);
CREATE INDEX threads_unread ON threads(last_message_at, id) WHERE unread > 0;
CREATE INDEX threads_order ON threads(order_id) WHERE order_id IS NOT NULL;
CREATE INDEX threads_customer ON threads(customer_email, last_message_at);

-- One message of a thread: received (from the mailbox or typed in from another channel), written by
-- the shop (draft, then queued in the outbox until the mail server accepts it), or an internal note.
CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    thread_id       INTEGER NOT NULL REFERENCES threads(id),
    direction       TEXT NOT NULL CHECK (direction IN ('in', 'out', 'note')),
    state           TEXT NOT NULL CHECK (state IN ('received', 'draft', 'queued', 'sending', 'sent', 'failed',
                                                   'note')),
    message_id      TEXT NOT NULL DEFAULT '', -- the Message-ID header, with its angle brackets
    in_reply_to     TEXT NOT NULL DEFAULT '',
    refs            TEXT NOT NULL DEFAULT '', -- the References header: Message-IDs separated by spaces
    from_address    TEXT NOT NULL DEFAULT '',
    from_name       TEXT NOT NULL DEFAULT '',
    to_addresses    TEXT NOT NULL DEFAULT '', -- as written: "Name <address>, …"
    cc_addresses    TEXT NOT NULL DEFAULT '',
    subject         TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL DEFAULT '', -- plain text (an HTML mail's text, made safe)
    had_html        INTEGER NOT NULL DEFAULT 0,
    warnings        TEXT NOT NULL DEFAULT '', -- what could not be read in a received mail
    -- The mail as received, or as built for sending: a retry sends these same bytes, same Message-ID.
    raw             BLOB,
    written_at      INTEGER NOT NULL, -- received: its Date header; written: when queued or saved
    read_at         INTEGER,
    sent_at         INTEGER, -- when the mail server accepted it
    template_key    TEXT NOT NULL DEFAULT '',
    shipment_id     INTEGER REFERENCES shipments(id), -- a notice about this parcel
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_error      TEXT NOT NULL DEFAULT '',
    -- Where a received mail was fetched from (IMAP folder, UIDVALIDITY, UID).
    mailbox         TEXT NOT NULL DEFAULT '',
    uid_validity    INTEGER,
    uid             INTEGER,
    user_name       TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL
);
CREATE INDEX messages_thread ON messages(thread_id, written_at);
-- A mail is kept once, however often it is fetched (a copy in Sent, a new UIDVALIDITY).
CREATE UNIQUE INDEX messages_message_id ON messages(message_id) WHERE message_id <> '';
CREATE UNIQUE INDEX messages_imap ON messages(mailbox, uid_validity, uid) WHERE uid IS NOT NULL;
-- The outbox.
CREATE INDEX messages_outbox ON messages(next_attempt_at) WHERE state IN ('queued', 'sending', 'failed');
CREATE INDEX messages_drafts ON messages(thread_id) WHERE state = 'draft';
CREATE INDEX messages_shipment ON messages(shipment_id) WHERE shipment_id IS NOT NULL;

CREATE TABLE message_attachments (
    id          INTEGER PRIMARY KEY,
    message_id  INTEGER NOT NULL REFERENCES messages(id),
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL DEFAULT 'application/octet-stream',
    size        INTEGER NOT NULL,
    data        BLOB NOT NULL
);
CREATE INDEX message_attachments_message ON message_attachments(message_id);

-- Searching messages: subject, text and sender.
CREATE VIRTUAL TABLE messages_fts USING fts5(
    subject, body, from_name, from_address,
    content='messages', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2 tokenchars '-_@.'",
    prefix='2 3'
);
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts(rowid, subject, body, from_name, from_address)
    VALUES (new.id, new.subject, new.body, new.from_name, new.from_address);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, subject, body, from_name, from_address)
    VALUES ('delete', old.id, old.subject, old.body, old.from_name, old.from_address);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF subject, body, from_name, from_address ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, subject, body, from_name, from_address)
    VALUES ('delete', old.id, old.subject, old.body, old.from_name, old.from_address);
    INSERT INTO messages_fts(rowid, subject, body, from_name, from_address)
    VALUES (new.id, new.subject, new.body, new.from_name, new.from_address);
END;

-- The shop's versions of the built-in templates (core/messages/templates.json) and its own.
CREATE TABLE message_templates (
    key        TEXT NOT NULL,
    language   TEXT NOT NULL, -- 'fr', 'en'
    name       TEXT NOT NULL,
    subject    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (key, language)
);
