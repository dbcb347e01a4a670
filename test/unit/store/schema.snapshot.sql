-- index audit_log_document (audit_log)
CREATE INDEX audit_log_document ON audit_log(document_id, id);

-- index audit_log_org (audit_log)
CREATE INDEX audit_log_org ON audit_log(org_id, id);

-- index comments_document (comments)
CREATE INDEX comments_document ON comments(document_id, created_at);

-- index comments_parent (comments)
CREATE INDEX comments_parent ON comments(parent_id);

-- index copy_register_document (copy_register)
CREATE INDEX copy_register_document ON copy_register(document_id);

-- index documents_issued_number (documents)
CREATE INDEX documents_issued_number ON documents(org_id, doc_type, number_seq, issued_on) WHERE status = 'ban-hanh' AND number_seq IS NOT NULL;

-- index documents_org_year (documents)
CREATE INDEX documents_org_year ON documents(org_id, plan_year, status);

-- index number_register_document (number_register)
CREATE INDEX number_register_document ON number_register(document_id);

-- index organizations_parent (organizations)
CREATE INDEX organizations_parent ON organizations(parent_id);

-- index people_name (people)
CREATE UNIQUE INDEX people_name ON people(lower(name));

-- index refusals_at (refusals)
CREATE INDEX refusals_at ON refusals(at);

-- index review_items_document (review_items)
CREATE INDEX review_items_document ON review_items(document_id, state, seq);

-- index sessions_person (sessions)
CREATE INDEX sessions_person ON sessions(person_id, revoked_at);

-- index signers_org (signers)
CREATE INDEX signers_org ON signers(org_id, active, position);

-- index sqlite_autoindex_comments_1 (comments)
-- tự tạo từ UNIQUE / PRIMARY KEY;

-- index sqlite_autoindex_copy_register_1 (copy_register)
-- tự tạo từ UNIQUE / PRIMARY KEY;

-- index sqlite_autoindex_indicators_1 (indicators)
-- tự tạo từ UNIQUE / PRIMARY KEY;

-- index sqlite_autoindex_number_register_1 (number_register)
-- tự tạo từ UNIQUE / PRIMARY KEY;

-- index sqlite_autoindex_organizations_1 (organizations)
-- tự tạo từ UNIQUE / PRIMARY KEY;

-- index sqlite_autoindex_recipient_lists_1 (recipient_lists)
-- tự tạo từ UNIQUE / PRIMARY KEY;

-- index sqlite_autoindex_review_items_1 (review_items)
-- tự tạo từ UNIQUE / PRIMARY KEY;

-- index sqlite_autoindex_sessions_1 (sessions)
-- tự tạo từ UNIQUE / PRIMARY KEY;

-- index sqlite_autoindex_targets_2 (targets)
-- tự tạo từ UNIQUE / PRIMARY KEY;

-- index sqlite_autoindex_terms_1 (terms)
-- tự tạo từ UNIQUE / PRIMARY KEY;

-- index targets_indicator (targets)
CREATE INDEX targets_indicator ON targets(indicator_id);

-- index terms_org_start (terms)
CREATE INDEX terms_org_start ON terms(org_id, start_date);

-- table accounts (accounts)
CREATE TABLE accounts (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    password TEXT NOT NULL CHECK (password LIKE 'scrypt:%'),
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until TEXT,
    password_changed_at TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;

-- table audit_log (audit_log)
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    org_id TEXT NOT NULL,
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    who TEXT NOT NULL,
    at TEXT NOT NULL,
    detail TEXT NOT NULL CHECK (json_valid(detail))
  ) STRICT;

-- table comments (comments)
CREATE TABLE comments (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES comments(id) ON DELETE CASCADE,
    author TEXT NOT NULL CHECK (length(author) > 0),
    created_at TEXT NOT NULL,
    body TEXT NOT NULL CHECK (length(body) > 0),
    quote TEXT NOT NULL DEFAULT '',
    resolved_at TEXT,
    resolved_by TEXT, part TEXT CHECK (part IS NULL OR parent_id IS NULL),
    CHECK ((resolved_at IS NULL) = (resolved_by IS NULL)),
    CHECK (parent_id IS NULL OR resolved_at IS NULL)
  ) STRICT;

-- table copy_register (copy_register)
CREATE TABLE copy_register (
    id INTEGER PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    term_id INTEGER NOT NULL REFERENCES terms(id),
    seq INTEGER NOT NULL CHECK (seq > 0),
    kind TEXT NOT NULL CHECK (kind IN ('sao-y','sao-luc','trich-sao')),
    document_id INTEGER REFERENCES documents(id),
    source_label TEXT NOT NULL,
    copied_on TEXT NOT NULL,
    recipients TEXT NOT NULL,
    signer TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (org_id, term_id, seq)
  ) STRICT;

-- table document_search (document_search)
CREATE VIRTUAL TABLE document_search USING fts5(
    heading, body, original UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
  );

-- table document_search_config (document_search_config)
CREATE TABLE 'document_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table document_search_content (document_search_content)
CREATE TABLE 'document_search_content'(id INTEGER PRIMARY KEY, c0, c1, c2);

-- table document_search_data (document_search_data)
CREATE TABLE 'document_search_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table document_search_docsize (document_search_docsize)
CREATE TABLE 'document_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table document_search_idx (document_search_idx)
CREATE TABLE 'document_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table document_versions (document_versions)
CREATE TABLE document_versions (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    status TEXT NOT NULL,
    content TEXT NOT NULL CHECK (json_valid(content)),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    reason TEXT NOT NULL, autosave INTEGER NOT NULL DEFAULT 0 CHECK (autosave IN (0, 1)),
    PRIMARY KEY (document_id, version)
  ) STRICT, WITHOUT ROWID;

-- table documents (documents)
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
    doc_type TEXT NOT NULL,
    plan_year INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('du-thao', 'trinh-duyet', 'tra-lai', 'da-duyet', 'ban-hanh')),
    profile_id TEXT NOT NULL,
    number_seq INTEGER,
    issued_on TEXT,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    content TEXT NOT NULL CHECK (json_valid(content)),
    version INTEGER NOT NULL CHECK (version >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  , deleted_at TEXT, deleted_by TEXT CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))) STRICT;

-- table indicators (indicators)
CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    unit TEXT,
    group_key TEXT,
    group_name TEXT,
    last_year INTEGER NOT NULL,
    UNIQUE (org_id, key)
  ) STRICT;

-- table number_register (number_register)
CREATE TABLE number_register (
    id INTEGER PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    term_id INTEGER NOT NULL REFERENCES terms(id),
    doc_type TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq > 0),
    document_id INTEGER REFERENCES documents(id),
    issued_on TEXT NOT NULL,
    summary TEXT NOT NULL,
    recipients TEXT NOT NULL,
    signer TEXT NOT NULL,
    secret INTEGER NOT NULL DEFAULT 0,
    voided_at TEXT,
    voided_by TEXT,
    void_reason TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL, issuer_code TEXT,
    UNIQUE (org_id, term_id, doc_type, seq)
  ) STRICT;

-- table organizations (organizations)
CREATE TABLE organizations (
    id TEXT PRIMARY KEY CHECK (length(id) > 0),
    parent_id TEXT REFERENCES organizations(id) ON DELETE RESTRICT,
    superior_body TEXT,
    name TEXT NOT NULL CHECK (length(name) > 0),
    body_kind TEXT NOT NULL,
    issuer_code TEXT NOT NULL CHECK (length(issuer_code) > 0),
    place TEXT NOT NULL,
    office_name TEXT NOT NULL,
    office_code TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  , is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1))) STRICT;

-- table people (people)
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    roles TEXT NOT NULL CHECK (json_valid(roles) AND json_array_length(roles) > 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

-- table recipient_lists (recipient_lists)
CREATE TABLE recipient_lists (
    id INTEGER PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    lines TEXT NOT NULL CHECK (json_valid(lines)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (org_id, name)
  ) STRICT;

-- table refusals (refusals)
CREATE TABLE refusals (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    request TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    remote TEXT NOT NULL DEFAULT ''
  ) STRICT;

-- table register_starts (register_starts)
CREATE TABLE register_starts (
    org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    term_id INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
    doc_type TEXT NOT NULL CHECK (length(doc_type) > 0),
    next_seq INTEGER NOT NULL CHECK (next_seq > 0),
    set_at TEXT NOT NULL,
    set_by TEXT NOT NULL,
    PRIMARY KEY (org_id, term_id, doc_type)
  ) STRICT, WITHOUT ROWID;

-- table results (results)
CREATE TABLE results (
    indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    written TEXT NOT NULL CHECK (length(written) > 0),
    parsed TEXT CHECK (parsed IS NULL OR json_valid(parsed)),
    source TEXT NOT NULL CHECK (source IN ('nhap-tay', 'dan-bang-tinh', 'nhap-van-ban')),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (indicator_id, year)
  ) STRICT, WITHOUT ROWID;

-- table review_items (review_items)
CREATE TABLE review_items (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('insert', 'delete', 'format', 'paragraph', 'join', 'comment')),
    state TEXT NOT NULL CHECK (state IN ('open', 'accepted', 'rejected', 'unplaced', 'comment')),
    author TEXT NOT NULL,
    made_at TEXT,
    anchor TEXT NOT NULL DEFAULT '{"part":"none","where":""}',
    place TEXT NOT NULL DEFAULT '',
    deleted TEXT NOT NULL DEFAULT '',
    inserted TEXT NOT NULL DEFAULT '',
    emphasis TEXT,
    comment_id TEXT REFERENCES comments(id) ON DELETE SET NULL,
    source TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    CHECK ((decided_at IS NULL) = (decided_by IS NULL)),
    UNIQUE (document_id, fingerprint)
  ) STRICT;

-- table search_waiting (search_waiting)
CREATE TABLE search_waiting (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
  ) STRICT;

-- table sessions (sessions)
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
    person_id INTEGER NOT NULL REFERENCES accounts(person_id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT
  ) STRICT;

-- table settings (settings)
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value))
  ) STRICT, WITHOUT ROWID;

-- table signers (signers)
CREATE TABLE "signers" (
    id INTEGER PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    title TEXT NOT NULL CHECK (length(title) > 0),
    authority TEXT NOT NULL CHECK (authority IN ('T/M', 'K/T', 'T/L', 'Q.', 'none')),
    authority_of TEXT NOT NULL,
    position INTEGER NOT NULL,
    active INTEGER NOT NULL CHECK (active IN (0, 1))
  ) STRICT;

-- table targets (targets)
CREATE TABLE targets (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE RESTRICT,
    depth INTEGER NOT NULL CHECK (depth >= 0),
    parent_key TEXT,
    name TEXT NOT NULL,
    unit TEXT,
    written TEXT,
    parsed TEXT CHECK (parsed IS NULL OR json_valid(parsed)),
    PRIMARY KEY (document_id, position),
    UNIQUE (document_id, indicator_id)
  ) STRICT, WITHOUT ROWID;

-- table terms (terms)
CREATE TABLE terms (
    id INTEGER PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    ordinal TEXT NOT NULL CHECK (length(ordinal) > 0),
    start_year INTEGER NOT NULL,
    end_year INTEGER NOT NULL CHECK (end_year >= start_year),
    start_date TEXT NOT NULL,
    end_date TEXT CHECK (end_date IS NULL OR end_date >= start_date), appointed INTEGER NOT NULL DEFAULT 0 CHECK (appointed IN (0, 1)),
    UNIQUE (org_id, ordinal)
  ) STRICT;

-- trigger audit_log_immutable (audit_log)
CREATE TRIGGER audit_log_immutable BEFORE UPDATE OF org_id, action, who, at, detail ON audit_log
    BEGIN SELECT RAISE(ABORT, 'Nhật ký thay đổi không được sửa'); END;

-- trigger document_versions_immutable (document_versions)
CREATE TRIGGER document_versions_immutable BEFORE UPDATE ON document_versions
    BEGIN SELECT RAISE(ABORT, 'Phiên bản văn bản đã lưu không được sửa'); END;

-- trigger number_register_immutable (number_register)
CREATE TRIGGER number_register_immutable BEFORE UPDATE OF id, org_id, term_id, doc_type, seq, document_id, issued_on,
    summary, recipients, signer, secret, created_at, created_by ON number_register
    BEGIN SELECT RAISE(ABORT, 'Dòng đã ghi trong sổ đăng ký số văn bản không được sửa'); END;

-- trigger number_register_no_delete (number_register)
CREATE TRIGGER number_register_no_delete BEFORE DELETE ON number_register
    BEGIN SELECT RAISE(ABORT, 'Số đã cấp trong sổ đăng ký không được xóa; hãy hủy số kèm lý do'); END;

-- trigger number_register_void_once (number_register)
CREATE TRIGGER number_register_void_once BEFORE UPDATE OF voided_at, voided_by, void_reason ON number_register
    WHEN OLD.voided_at IS NOT NULL OR NEW.voided_at IS NULL OR NEW.voided_by IS NULL OR NEW.void_reason IS NULL
    BEGIN SELECT RAISE(ABORT, 'Số đã hủy không hủy lại được; hủy số phải ghi người hủy và lý do'); END;
