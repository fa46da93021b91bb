CREATE TABLE "wire_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"article_id" integer NOT NULL,
	"version" integer NOT NULL,
	"pubstatus" text NOT NULL,
	"change" text NOT NULL,
	"embargoed" bigint,
	"available_at" bigint NOT NULL,
	"created_at" bigint DEFAULT ((extract(epoch from now()) * 1000)::bigint) NOT NULL,
	"created_by_id" integer,
	"item" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "slugline" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "urgency" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "dateline" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "genre" text DEFAULT 'news' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "media_topics" jsonb DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "usage_terms" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "copyright_holder" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "copyright_notice" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "ednote" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "embargo_until" bigint;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "embargo_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "wire_status" text DEFAULT 'usable' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "kill_reason" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "killed_at" bigint;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "wire_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "wire_versions" ADD CONSTRAINT "wire_versions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wire_versions" ADD CONSTRAINT "wire_versions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "wire_versions_article_version_unique" ON "wire_versions" USING btree ("article_id","version");--> statement-breakpoint
CREATE INDEX "wire_versions_available_idx" ON "wire_versions" USING btree ("available_at","id");--> statement-breakpoint
CREATE INDEX "articles_slugline_idx" ON "articles" USING btree ("slugline","published_at");
