-- Hand-written (drizzle-kit does not model tsvector tables, functions or triggers): the PostgreSQL
-- twin of the SQLite migrations 0001/0004 (search), 0003 (listing keys) and 0007 (content token).
-- Each piece keeps derived data equal to its source in the write's own transaction, so no code
-- path can forget it.

-- Search: one weighted document per story (headline A, dek B, authors and tags C, body D), read by
-- db/dialect/pg-search.ts. Every story is indexed; reader queries join back to `articles` and apply
-- the visibility rule, so a scheduled story becomes findable at its time without any job.
-- The configuration `news_search` is 'simple' with accents folded (unaccent), as SQLite's FTS5
-- tokenizer does (remove_diacritics): "alvarez" finds "Álvarez".
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION news_search (COPY = simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION news_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
--> statement-breakpoint
CREATE TABLE "article_search" (
	"article_id" integer PRIMARY KEY NOT NULL REFERENCES "articles"("id") ON DELETE CASCADE,
	"document" tsvector NOT NULL
);
--> statement-breakpoint
CREATE INDEX "article_search_document_idx" ON "article_search" USING gin ("document");
--> statement-breakpoint
CREATE FUNCTION article_search_document(target integer) RETURNS tsvector LANGUAGE sql STABLE AS $$
	SELECT setweight(to_tsvector('news_search', a.headline), 'A')
		|| setweight(to_tsvector('news_search', a.dek), 'B')
		|| setweight(to_tsvector('news_search', coalesce((
			SELECT string_agg(au.name, ' ' ORDER BY aa.position, au.id) FROM article_authors aa JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = a.id
		), '')), 'C')
		|| setweight(to_tsvector('news_search', coalesce((
			SELECT string_agg(t.name, ' ' ORDER BY t.id) FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id
		), '')), 'C')
		|| setweight(to_tsvector('news_search', a.body_text), 'D')
	FROM articles a WHERE a.id = target
$$;
--> statement-breakpoint
-- A story that no longer exists (a byline removed by the story's own deletion) has nothing to index.
CREATE FUNCTION article_search_refresh(target integer) RETURNS void LANGUAGE sql AS $$
	INSERT INTO article_search (article_id, document)
	SELECT a.id, article_search_document(a.id) FROM articles a WHERE a.id = target
	ON CONFLICT (article_id) DO UPDATE SET document = excluded.document
$$;
--> statement-breakpoint
CREATE FUNCTION article_search_on_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM article_search_refresh(new.id);
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "article_search_articles_ai" AFTER INSERT ON "articles"
	FOR EACH ROW EXECUTE FUNCTION article_search_on_article();
--> statement-breakpoint
CREATE TRIGGER "article_search_articles_au" AFTER UPDATE OF headline, dek, body_text ON "articles"
	FOR EACH ROW WHEN (old.headline IS DISTINCT FROM new.headline OR old.dek IS DISTINCT FROM new.dek OR old.body_text IS DISTINCT FROM new.body_text)
	EXECUTE FUNCTION article_search_on_article();
--> statement-breakpoint
CREATE FUNCTION article_search_on_link() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'DELETE' THEN
		PERFORM article_search_refresh(old.article_id);
	ELSE
		PERFORM article_search_refresh(new.article_id);
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "article_search_article_authors_aid" AFTER INSERT OR DELETE ON "article_authors"
	FOR EACH ROW EXECUTE FUNCTION article_search_on_link();
--> statement-breakpoint
CREATE TRIGGER "article_search_article_tags_aid" AFTER INSERT OR DELETE ON "article_tags"
	FOR EACH ROW EXECUTE FUNCTION article_search_on_link();
--> statement-breakpoint
-- A renamed author or tag: every story that names them.
CREATE FUNCTION article_search_on_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_TABLE_NAME = 'authors' THEN
		PERFORM article_search_refresh(aa.article_id) FROM article_authors aa WHERE aa.author_id = new.id;
	ELSE
		PERFORM article_search_refresh(at.article_id) FROM article_tags at WHERE at.tag_id = new.id;
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "article_search_author_rename" AFTER UPDATE OF name ON "authors"
	FOR EACH ROW WHEN (old.name IS DISTINCT FROM new.name) EXECUTE FUNCTION article_search_on_rename();
--> statement-breakpoint
CREATE TRIGGER "article_search_tag_rename" AFTER UPDATE OF name ON "tags"
	FOR EACH ROW WHEN (old.name IS DISTINCT FROM new.name) EXECUTE FUNCTION article_search_on_rename();
--> statement-breakpoint
-- Stories written before this migration enter the index too.
INSERT INTO article_search (article_id, document) SELECT id, article_search_document(id) FROM articles;
--> statement-breakpoint

-- Listing keys: article_tags/article_authors.published_at and .listed equal the story's publish
-- time and reader visibility (status published or scheduled; the time test stays in the queries).
UPDATE article_tags SET published_at = a.published_at, listed = a.status IN ('published', 'scheduled')
	FROM articles a WHERE a.id = article_tags.article_id;
--> statement-breakpoint
UPDATE article_authors SET published_at = a.published_at, listed = a.status IN ('published', 'scheduled')
	FROM articles a WHERE a.id = article_authors.article_id;
--> statement-breakpoint
-- Before the row is written (SQLite updates it just after): the inserted row, and what
-- `returning` hands back, already carry the story's values.
CREATE FUNCTION listing_keys_on_link() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	story_published_at bigint;
	story_listed boolean;
BEGIN
	SELECT a.published_at, a.status IN ('published', 'scheduled') INTO story_published_at, story_listed
		FROM articles a WHERE a.id = new.article_id;
	new.published_at := story_published_at;
	new.listed := coalesce(story_listed, false);
	RETURN new;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "article_tags_listing_bi" BEFORE INSERT ON "article_tags"
	FOR EACH ROW EXECUTE FUNCTION listing_keys_on_link();
--> statement-breakpoint
CREATE TRIGGER "article_authors_listing_bi" BEFORE INSERT ON "article_authors"
	FOR EACH ROW EXECUTE FUNCTION listing_keys_on_link();
--> statement-breakpoint
CREATE FUNCTION listing_keys_on_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE article_tags SET published_at = new.published_at, listed = new.status IN ('published', 'scheduled') WHERE article_id = new.id;
	UPDATE article_authors SET published_at = new.published_at, listed = new.status IN ('published', 'scheduled') WHERE article_id = new.id;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "articles_listing_au" AFTER UPDATE OF status, published_at ON "articles"
	FOR EACH ROW WHEN (old.status IS DISTINCT FROM new.status OR old.published_at IS DISTINCT FROM new.published_at)
	EXECUTE FUNCTION listing_keys_on_article();
--> statement-breakpoint

-- Content token: the one row, and a new random token in the same transaction as every write
-- readers can see (db/queries/content-state.ts). Draft work (a story that is neither published nor
-- scheduled, before and after the write) leaves it. The triggers run once per statement and look
-- at the statement's rows (transition tables): a bulk write renews the token once, and a statement
-- that changes no row renews nothing, as on SQLite, whose triggers run per row.
INSERT INTO content_state (id, token) VALUES (1, md5(random()::text || clock_timestamp()::text)) ON CONFLICT (id) DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION content_state_renew() RETURNS void LANGUAGE sql AS $$
	UPDATE content_state SET token = md5(random()::text || clock_timestamp()::text) WHERE id = 1
$$;
--> statement-breakpoint
-- Any row written: authors, sections, tags, site settings, redirects, a deleted media file.
CREATE FUNCTION content_state_on_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF EXISTS (SELECT 1 FROM changed_rows) THEN
		PERFORM content_state_renew();
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
-- Stories, and the bylines, tag links and notes of a story: published or scheduled before (old
-- rows) or after (new rows) the write. Dynamic SQL, because a trigger sees only the transition
-- tables it declares (an insert has no old rows) and the two shapes of row differ.
CREATE FUNCTION content_state_on_stories() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	story text := CASE WHEN TG_TABLE_NAME = 'articles' THEN 'SELECT 1 FROM %I a' ELSE 'SELECT 1 FROM %I r JOIN articles a ON a.id = r.article_id' END;
	transition text;
	visible boolean;
BEGIN
	FOREACH transition IN ARRAY CASE TG_OP WHEN 'INSERT' THEN ARRAY['new_rows'] WHEN 'DELETE' THEN ARRAY['old_rows'] ELSE ARRAY['new_rows', 'old_rows'] END LOOP
		EXECUTE format('SELECT EXISTS (' || story || ' WHERE a.status IN (''published'', ''scheduled''))', transition) INTO visible;
		IF visible THEN
			PERFORM content_state_renew();
			RETURN NULL;
		END IF;
	END LOOP;
	RETURN NULL;
END
$$;
--> statement-breakpoint
-- The same three triggers on each table, by name content_state_<table>_ai/_au/_ad as on SQLite.
DO $$
DECLARE
	target text;
BEGIN
	FOREACH target IN ARRAY ARRAY['articles', 'article_authors', 'article_tags', 'article_notes'] LOOP
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION content_state_on_stories()', 'content_state_' || target || '_ai', target);
		EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION content_state_on_stories()', 'content_state_' || target || '_au', target);
		EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION content_state_on_stories()', 'content_state_' || target || '_ad', target);
	END LOOP;
	FOREACH target IN ARRAY ARRAY['authors', 'sections', 'tags', 'site_settings', 'slug_redirects'] LOOP
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION content_state_on_rows()', 'content_state_' || target || '_ai', target);
		EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION content_state_on_rows()', 'content_state_' || target || '_au', target);
		EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION content_state_on_rows()', 'content_state_' || target || '_ad', target);
	END LOOP;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "content_state_media_ad" AFTER DELETE ON "media" REFERENCING OLD TABLE AS changed_rows
	FOR EACH STATEMENT EXECUTE FUNCTION content_state_on_rows();
