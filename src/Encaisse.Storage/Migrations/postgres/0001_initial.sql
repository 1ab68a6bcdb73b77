-- Encaisse ledger schema, PostgreSQL dialect. Keep in step with ../sqlite/0001_initial.sql.
-- Every key and every unique constraint starts with tenant_id so the data can be sharded by tenant.
-- Money is numeric(17,2): exact, two decimals (EN 16931 amounts), same range as the SQLite cents column.

CREATE TABLE tenants (
    tenant_id   uuid        NOT NULL,
    name        text        NOT NULL,
    body        bytea       NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id)
);

CREATE TABLE legal_entities (
    tenant_id        uuid        NOT NULL REFERENCES tenants (tenant_id),
    legal_entity_id  uuid        NOT NULL,
    name             text        NOT NULL,
    siren            text,
    vat_number       text,
    body             bytea       NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, legal_entity_id)
);

CREATE TABLE parties (
    tenant_id        uuid        NOT NULL REFERENCES tenants (tenant_id),
    party_id         uuid        NOT NULL,
    roles            integer     NOT NULL,
    name             text        NOT NULL,
    normalized_name  text        NOT NULL,
    siren            text,
    siret            text,
    vat_number       text,
    email            text,
    body             bytea       NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, party_id)
);
-- Duplicate detection looks parties up by each identifier and by normalised name.
CREATE INDEX parties_siren ON parties (tenant_id, siren) WHERE siren IS NOT NULL;
CREATE INDEX parties_siret ON parties (tenant_id, siret) WHERE siret IS NOT NULL;
CREATE INDEX parties_vat ON parties (tenant_id, vat_number) WHERE vat_number IS NOT NULL;
CREATE INDEX parties_normalized_name ON parties (tenant_id, normalized_name);

CREATE TABLE catalogue_items (
    tenant_id   uuid        NOT NULL REFERENCES tenants (tenant_id),
    item_id     uuid        NOT NULL,
    code        text        NOT NULL,
    name        text        NOT NULL,
    body        bytea       NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, item_id),
    UNIQUE (tenant_id, code)
);

CREATE TABLE contracts (
    tenant_id          uuid        NOT NULL,
    contract_id        uuid        NOT NULL,
    customer_id        uuid        NOT NULL,
    legal_entity_id    uuid        NOT NULL,
    series             text        NOT NULL,
    status             text        NOT NULL,
    -- NULL: nothing left to bill (ended contract).
    next_period_start  date,
    body               bytea       NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, contract_id),
    FOREIGN KEY (tenant_id, customer_id) REFERENCES parties (tenant_id, party_id),
    FOREIGN KEY (tenant_id, legal_entity_id) REFERENCES legal_entities (tenant_id, legal_entity_id)
) WITH (fillfactor = 80); -- room for HOT updates: every bill run moves next_period_start (not indexed)
CREATE INDEX contracts_customer ON contracts (tenant_id, customer_id);

CREATE TABLE number_series (
    tenant_id        uuid        NOT NULL,
    legal_entity_id  uuid        NOT NULL,
    series           text        NOT NULL,
    prefix           text        NOT NULL,
    width            integer     NOT NULL CHECK (width BETWEEN 1 AND 19),
    next_seq         bigint      NOT NULL CHECK (next_seq >= 1),
    last_hash        bytea       NOT NULL CHECK (length(last_hash) = 32),
    last_issue_date  date,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, legal_entity_id, series),
    FOREIGN KEY (tenant_id, legal_entity_id) REFERENCES legal_entities (tenant_id, legal_entity_id)
);

CREATE TABLE documents (
    tenant_id          uuid          NOT NULL,
    document_id        uuid          NOT NULL,
    legal_entity_id    uuid          NOT NULL,
    series             text,
    seq                bigint,
    number             text,
    type_code          text          NOT NULL,
    status             text          NOT NULL CHECK (status IN ('draft', 'issued')),
    issue_date         date,
    due_date           date,
    customer_id        uuid,
    currency           text          NOT NULL,
    total_without_vat  numeric(17,2) NOT NULL,
    total_vat          numeric(17,2) NOT NULL,
    total_with_vat     numeric(17,2) NOT NULL,
    amount_due         numeric(17,2) NOT NULL,
    contract_id        uuid,
    period_start       date,
    prev_hash          bytea,
    hash               bytea,
    body               bytea         COMPRESSION lz4 NOT NULL, -- lz4: ~2.5x cheaper than pglz on 2.7 KB JSON bodies
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    issued_at          timestamptz,
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
);
CREATE INDEX documents_customer ON documents (tenant_id, customer_id, document_id) WHERE customer_id IS NOT NULL;

-- Issued documents never change: the database refuses it even to code that bypasses the application.
CREATE FUNCTION documents_refuse_change_when_issued() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'issued' THEN
        RAISE EXCEPTION 'document % is issued: it can no longer be changed or deleted', OLD.number
            USING ERRCODE = 'restrict_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER documents_issued_immutable BEFORE UPDATE OR DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION documents_refuse_change_when_issued();

CREATE FUNCTION documents_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'documents cannot be truncated' USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION documents_refuse_truncate();

-- A counter only moves forward, and its format is frozen once it has numbered a document.
CREATE FUNCTION number_series_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.next_seq > 1 THEN
            RAISE EXCEPTION 'number series % has issued documents: it cannot be deleted', OLD.series
                USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN OLD;
    END IF;
    IF NEW.next_seq < OLD.next_seq
        OR (OLD.next_seq > 1 AND (NEW.prefix <> OLD.prefix OR NEW.width <> OLD.width)) THEN
        RAISE EXCEPTION 'number series % can only move forward', OLD.series USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER number_series_forward BEFORE UPDATE OR DELETE ON number_series
    FOR EACH ROW EXECUTE FUNCTION number_series_forward_only();

CREATE TABLE bill_runs (
    tenant_id      uuid        NOT NULL REFERENCES tenants (tenant_id),
    bill_run_id    uuid        NOT NULL,
    as_of          date        NOT NULL,
    status         text        NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
    started_at     timestamptz NOT NULL,
    finished_at    timestamptz,
    created_count  bigint      NOT NULL DEFAULT 0,
    skipped_count  bigint      NOT NULL DEFAULT 0,
    failed_count   bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, bill_run_id)
);

CREATE TABLE bill_run_failures (
    tenant_id     uuid        NOT NULL,
    bill_run_id   uuid        NOT NULL,
    contract_id   uuid        NOT NULL,
    period_start  date        NOT NULL,
    reason        text        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, bill_run_id, contract_id, period_start),
    FOREIGN KEY (tenant_id, bill_run_id) REFERENCES bill_runs (tenant_id, bill_run_id)
);
