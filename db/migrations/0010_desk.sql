-- Rebuild of articles (SQLite cannot drop NOT NULL in place). db/migrate.ts turns foreign keys off
-- around the migration transaction (the PRAGMA below is a no-op inside it), so dropping the old
-- table cascades to no byline, tag, note or revision. legacy_alter_table keeps the rename from
-- re-checking triggers on other tables that name `articles` while it is briefly missing.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`headline` text NOT NULL,
	`dek` text DEFAULT '' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`body_text` text DEFAULT '' NOT NULL,
	`hero_image_url` text,
	`hero_image_alt` text DEFAULT '' NOT NULL,
	`hero_image_caption` text DEFAULT '' NOT NULL,
	`hero_image_credit` text DEFAULT '' NOT NULL,
	`section_id` integer,
	`status` text DEFAULT 'draft' NOT NULL,
	`published_at` integer,
	`updated_at` integer,
	`modified_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`source_name` text,
	`source_url` text,
	`correction_note` text,
	`seo_title` text,
	`seo_description` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by_id` integer,
	`submitted_at` integer,
	`submitted_by_id` integer,
	`review_note` text,
	`review_note_at` integer,
	`review_note_by_id` integer,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`review_note_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "articles_live_has_section" CHECK(status not in ('published', 'scheduled') or section_id is not null)
);
--> statement-breakpoint
INSERT INTO `__new_articles`("id", "slug", "headline", "dek", "body", "body_text", "hero_image_url", "hero_image_alt", "hero_image_caption", "hero_image_credit", "section_id", "status", "published_at", "updated_at", "modified_at", "created_at", "source_name", "source_url", "correction_note", "seo_title", "seo_description", "version", "created_by_id") SELECT "id", "slug", "headline", "dek", "body", "body_text", "hero_image_url", "hero_image_alt", "hero_image_caption", "hero_image_credit", "section_id", "status", "published_at", "updated_at", "modified_at", "created_at", "source_name", "source_url", "correction_note", "seo_title", "seo_description", "version", "created_by_id" FROM `articles`;--> statement-breakpoint
DROP TABLE `articles`;--> statement-breakpoint
PRAGMA legacy_alter_table=ON;--> statement-breakpoint
ALTER TABLE `__new_articles` RENAME TO `articles`;--> statement-breakpoint
PRAGMA legacy_alter_table=OFF;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `articles_slug_unique` ON `articles` (`slug`);--> statement-breakpoint
CREATE INDEX `articles_visible_published_idx` ON `articles` (`published_at`,`id`,`slug`,`section_id`,`updated_at`) WHERE status in ('published', 'scheduled');--> statement-breakpoint
CREATE INDEX `articles_visible_section_idx` ON `articles` (`section_id`,`published_at`) WHERE status in ('published', 'scheduled');--> statement-breakpoint
CREATE INDEX `articles_status_modified_idx` ON `articles` (`status`,`modified_at`);--> statement-breakpoint
CREATE INDEX `articles_modified_idx` ON `articles` (`modified_at`);--> statement-breakpoint
CREATE INDEX `articles_visibility_by_id_idx` ON `articles` (`id`,`status`,`published_at`,`section_id`);--> statement-breakpoint
-- The triggers on articles went with the old table: the same ones again (0001, 0003, 0007).
CREATE TRIGGER `articles_fts_ai` AFTER INSERT ON `articles` BEGIN
  INSERT INTO articles_fts(rowid, headline, dek, body, authors, tags)
  VALUES (new.id, new.headline, new.dek, new.body_text, '', '');
END;--> statement-breakpoint
CREATE TRIGGER `articles_fts_au` AFTER UPDATE OF headline, dek, body_text ON `articles` BEGIN
  UPDATE articles_fts SET headline = new.headline, dek = new.dek, body = new.body_text WHERE rowid = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `articles_fts_ad` AFTER DELETE ON `articles` BEGIN
  DELETE FROM articles_fts WHERE rowid = old.id;
END;--> statement-breakpoint
CREATE TRIGGER `articles_listing_au` AFTER UPDATE OF status, published_at ON `articles` BEGIN
  UPDATE article_tags SET published_at = new.published_at, listed = (new.status IN ('published', 'scheduled')) WHERE article_id = new.id;
  UPDATE article_authors SET published_at = new.published_at, listed = (new.status IN ('published', 'scheduled')) WHERE article_id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `content_state_articles_ai` AFTER INSERT ON `articles` WHEN new.status IN ('published', 'scheduled') BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `content_state_articles_au` AFTER UPDATE ON `articles` WHEN old.status IN ('published', 'scheduled') OR new.status IN ('published', 'scheduled') BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;--> statement-breakpoint
CREATE TRIGGER `content_state_articles_ad` AFTER DELETE ON `articles` WHEN old.status IN ('published', 'scheduled') BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
