CREATE TABLE `story_presence` (
	`article_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	PRIMARY KEY(`article_id`, `user_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `story_presence_last_seen_idx` ON `story_presence` (`last_seen_at`);