-- Hand-written: search finds the newest matches without reading documents back.
--
-- A story's document is its whole text, 8 KB on average, kept out of line (TOAST); reading one back
-- costs about as much as matching it, and the planner does not count that. For "newest first" it
-- walked the primary key backwards testing each document in turn (5,800 documents read back for a
-- word in one story of thirty: 55 ms at 100,000 stories; for some prefixes a sequential scan that
-- read all of them, 1.9 s). The GIN index alone names every matching row without reading a
-- document, but costs in proportion to all the matches (20 ms for a word in most stories).
--
-- So each document also holds the lexeme of its range of 1,000 story ids ('#0' for ids 0-999,
-- '#1' for 1,000-1,999, …): a lexeme no reader's query can produce (the parser splits at '#').
-- db/dialect/pg-search.ts asks for "the words and one of these ranges", newest ranges first, and
-- the GIN index answers from its own lists, only as far back as the matches wanted.
CREATE FUNCTION article_search_range(article_id integer) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
	SELECT array_to_tsvector(ARRAY['#' || (article_id / 1000)::text])
$$;
--> statement-breakpoint
-- Every write of a document (db/migrations-pg/0001's triggers) adds the story's range.
CREATE OR REPLACE FUNCTION article_search_refresh(target integer) RETURNS void LANGUAGE sql AS $$
	INSERT INTO article_search (article_id, document)
	SELECT a.id, article_search_document(a.id) || article_search_range(a.id) FROM articles a WHERE a.id = target
	ON CONFLICT (article_id) DO UPDATE SET document = excluded.document
$$;
--> statement-breakpoint
UPDATE article_search SET document = document || article_search_range(article_id);
--> statement-breakpoint
-- The newest matches of `query` among ids below `below`, in the id ranges `lowest` … `highest`
-- (all of them when `lowest` is null), from the GIN index only: the SET clauses, which hold only
-- while the function runs, leave the planner no plan that reads a document back to test it.
CREATE FUNCTION article_search_newest(query tsquery, lowest integer, highest integer, below integer, wanted integer)
RETURNS TABLE (article_id integer) LANGUAGE sql STABLE
SET enable_seqscan = off
SET enable_indexscan = off
SET max_parallel_workers_per_gather = 0
AS $$
	SELECT s.article_id FROM article_search s
	WHERE s.document @@ CASE WHEN lowest IS NULL THEN query ELSE query && (
			SELECT string_agg(quote_literal('#' || r::text), ' | ')::tsquery FROM generate_series(lowest, highest) r
		) END
		AND s.article_id + 0 < below
	ORDER BY s.article_id DESC LIMIT wanted
$$;
