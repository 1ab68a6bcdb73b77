-- Encaisse ledger schema, SQLite dialect. Keep in step with ../postgres/0001_initial.sql.
-- Every key and every unique constraint starts with tenant_id so the data can be sharded by tenant.
-- STRICT tables enforce column types. Ids are lowercase canonical UUID text (sorts like PostgreSQL uuid);
-- dates are ISO 'yyyy-MM-dd' text and timestamps ISO UTC text (both sort chronologically); money is an
-- INTEGER number of cents, so SUM and comparisons are exact (EN 16931 amounts have two decimals).

CREATE TABLE tenants (
    tenant_id   TEXT NOT NULL,
    name        TEXT NOT NULL,
    body        BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (tenant_id)
) STRICT;

CREATE TABLE legal_entities (
    tenant_id        TEXT NOT NULL REFERENCES tenants (tenant_id),
    legal_entity_id  TEXT NOT NULL,
    name             TEXT NOT NULL,
    siren            TEXT,
    vat_number       TEXT,
    body             BLOB NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    PRIMARY KEY (tenant_id, legal_entity_id)
) STRICT;

CREATE TABLE parties (
    tenant_id        TEXT    NOT NULL REFERENCES tenants (tenant_id),
    party_id         TEXT    NOT NULL,
    roles            INTEGER NOT NULL,
    name             TEXT    NOT NULL,
    normalized_name  TEXT    NOT NULL,
    siren            TEXT,
    siret            TEXT,
    vat_number       TEXT,
    email            TEXT,
    body             BLOB    NOT NULL,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    PRIMARY KEY (tenant_id, party_id)
) STRICT;
-- Duplicate detection looks parties up by each identifier and by normalised name.
CREATE INDEX parties_siren ON parties (tenant_id, siren) WHERE siren IS NOT NULL;
CREATE INDEX parties_siret ON parties (tenant_id, siret) WHERE siret IS NOT NULL;
CREATE INDEX parties_vat ON parties (tenant_id, vat_number) WHERE vat_number IS NOT NULL;
CREATE INDEX parties_normalized_name ON parties (tenant_id, normalized_name);

CREATE TABLE catalogue_items (
    tenant_id   TEXT NOT NULL REFERENCES tenants (tenant_id),
    item_id     TEXT NOT NULL,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    body        BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (tenant_id, item_id),
    UNIQUE (tenant_id, code)
) STRICT;

CREATE TABLE contracts (
    tenant_id          TEXT NOT NULL,
    contract_id        TEXT NOT NULL,
    customer_id        TEXT NOT NULL,
    legal_entity_id    TEXT NOT NULL,
    series             TEXT NOT NULL,
    status             TEXT NOT NULL,
    -- NULL: nothing left to bill (ended contract).
    next_period_start  TEXT,
    body               BLOB NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    PRIMARY KEY (tenant_id, contract_id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES parties (tenant_id, party_id),
    FOREIGN KEY (tenant_id, legal_entity_id) REFERENCES legal_entities (tenant_id, legal_entity_id)
) STRICT;
CREATE INDEX contracts_customer ON contracts (tenant_id, customer_id);

CREATE TABLE number_series (
    tenant_id        TEXT    NOT NULL,
    legal_entity_id  TEXT    NOT NULL,
    series           TEXT    NOT NULL,
    prefix           TEXT    NOT NULL,
    width            INTEGER NOT NULL CHECK (width BETWEEN 1 AND 19),
    next_seq         INTEGER NOT NULL CHECK (next_seq >= 1),
    last_hash        BLOB    NOT NULL CHECK (length(last_hash) = 32),
    last_issue_date  TEXT,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    PRIMARY KEY (tenant_id, legal_entity_id, series),
    FOREIGN KEY (tenant_id, legal_entity_id) REFERENCES legal_entities (tenant_id, legal_entity_id)
) STRICT;

CREATE TABLE documents (
    tenant_id          TEXT    NOT NULL,
    document_id        TEXT    NOT NULL,
    legal_entity_id    TEXT    NOT NULL,
    series             TEXT,
    seq                INTEGER,
    number             TEXT,
    type_code          TEXT    NOT NULL,
    status             TEXT    NOT NULL CHECK (status IN ('draft', 'issued')),
    issue_date         TEXT,
    due_date           TEXT,
    customer_id        TEXT,
    currency           TEXT    NOT NULL,
    total_without_vat  INTEGER NOT NULL,
    total_vat          INTEGER NOT NULL,
    total_with_vat     INTEGER NOT NULL,
    amount_due         INTEGER NOT NULL,
    contract_id        TEXT,
    period_start       TEXT,
    prev_hash          BLOB,
    hash               BLOB,
    body               BLOB    NOT NULL,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    issued_at          TEXT,
    PRIMARY KEY (tenant_id, document_id),
    UNIQUE (tenant_id, legal_entity_id, series, seq),
    UNIQUE (tenant_id, legal_entity_id, number),
    -- Idempotency key of bill runs: one document per contract and billing period.
    UNIQUE (tenant_id, contract_id, period_start),
    FOREIGN KEY (tenant_id, legal_entity_id) REFERENCES legal_entities (tenant_id, legal_entity_id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES parties (tenant_id, party_id),
    FOREIGN KEY (tenant_id, contract_id) REFERENCES contracts (tenant_id, contract_id),
    CHECK ((contract_id IS NULL) = (period_start IS NULL)),
    CHECK (
        (status = 'draft' AND seq IS NULL AND number IS NULL AND prev_hash IS NULL AND hash IS NULL
            AND issued_at IS NULL)
        OR
        (status = 'issued' AND series IS NOT NULL AND seq >= 1 AND number IS NOT NULL AND issue_date IS NOT NULL
            AND length(prev_hash) = 32 AND length(hash) = 32 AND issued_at IS NOT NULL)
    )
) STRICT;
CREATE INDEX documents_customer ON documents (tenant_id, customer_id, document_id) WHERE customer_id IS NOT NULL;

-- Issued documents never change: the database refuses it even to code that bypasses the application.
CREATE TRIGGER documents_issued_no_update BEFORE UPDATE ON documents
    FOR EACH ROW WHEN OLD.status = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'document is issued: it can no longer be changed or deleted');
END;
CREATE TRIGGER documents_issued_no_delete BEFORE DELETE ON documents
    FOR EACH ROW WHEN OLD.status = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'document is issued: it can no longer be changed or deleted');
END;

-- A counter only moves forward, and its format is frozen once it has numbered a document.
CREATE TRIGGER number_series_forward BEFORE UPDATE ON number_series
    FOR EACH ROW WHEN NEW.next_seq < OLD.next_seq
        OR (OLD.next_seq > 1 AND (NEW.prefix <> OLD.prefix OR NEW.width <> OLD.width))
BEGIN
    SELECT RAISE(ABORT, 'number series can only move forward');
END;
CREATE TRIGGER number_series_no_delete BEFORE DELETE ON number_series
    FOR EACH ROW WHEN OLD.next_seq > 1
BEGIN
    SELECT RAISE(ABORT, 'number series has issued documents: it cannot be deleted');
END;

CREATE TABLE bill_runs (
    tenant_id      TEXT    NOT NULL REFERENCES tenants (tenant_id),
    bill_run_id    TEXT    NOT NULL,
    as_of          TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
    started_at     TEXT    NOT NULL,
    finished_at    TEXT,
    created_count  INTEGER NOT NULL DEFAULT 0,
    skipped_count  INTEGER NOT NULL DEFAULT 0,
    failed_count   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, bill_run_id)
) STRICT;

CREATE TABLE bill_run_failures (
    tenant_id     TEXT NOT NULL,
    bill_run_id   TEXT NOT NULL,
    contract_id   TEXT NOT NULL,
    period_start  TEXT NOT NULL,
    reason        TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    PRIMARY KEY (tenant_id, bill_run_id, contract_id, period_start),
    FOREIGN KEY (tenant_id, bill_run_id) REFERENCES bill_runs (tenant_id, bill_run_id)
) STRICT;
