ALTER TABLE `article_authors` ADD `published_at` integer;--> statement-breakpoint
ALTER TABLE `article_authors` ADD `listed` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `article_authors_listing_idx` ON `article_authors` (`author_id`,`published_at`) WHERE listed = 1;--> statement-breakpoint
ALTER TABLE `article_tags` ADD `published_at` integer;--> statement-breakpoint
ALTER TABLE `article_tags` ADD `listed` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `article_tags_listing_idx` ON `article_tags` (`tag_id`,`published_at`) WHERE listed = 1;