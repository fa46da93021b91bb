CREATE TABLE "front_banner" (
	"id" integer PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"link" text DEFAULT '' NOT NULL,
	"expires_at" bigint NOT NULL,
	"updated_by_id" integer,
	"created_at" bigint DEFAULT ((extract(epoch from now()) * 1000)::bigint) NOT NULL,
	CONSTRAINT "front_banner_one_row" CHECK ("front_banner"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "front_slots" (
	"scope" text NOT NULL,
	"position" integer NOT NULL,
	"article_id" integer NOT NULL,
	"pinned_by_id" integer,
	"created_at" bigint DEFAULT ((extract(epoch from now()) * 1000)::bigint) NOT NULL,
	CONSTRAINT "front_slots_scope_position_pk" PRIMARY KEY("scope","position")
);
--> statement-breakpoint
ALTER TABLE "front_banner" ADD CONSTRAINT "front_banner_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "front_slots" ADD CONSTRAINT "front_slots_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "front_slots" ADD CONSTRAINT "front_slots_pinned_by_id_users_id_fk" FOREIGN KEY ("pinned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "front_slots_scope_article_idx" ON "front_slots" USING btree ("scope","article_id");
--> statement-breakpoint
-- Hand-written: pins and the banner are on every reader page, so any write to them renews the
-- content token in its own transaction (content_state_on_rows of 0001), and reader caches follow.
CREATE TRIGGER "content_state_front_slots_ai" AFTER INSERT ON "front_slots" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION content_state_on_rows();
--> statement-breakpoint
CREATE TRIGGER "content_state_front_slots_au" AFTER UPDATE ON "front_slots" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION content_state_on_rows();
--> statement-breakpoint
CREATE TRIGGER "content_state_front_slots_ad" AFTER DELETE ON "front_slots" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION content_state_on_rows();
--> statement-breakpoint
CREATE TRIGGER "content_state_front_banner_ai" AFTER INSERT ON "front_banner" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION content_state_on_rows();
--> statement-breakpoint
CREATE TRIGGER "content_state_front_banner_au" AFTER UPDATE ON "front_banner" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION content_state_on_rows();
--> statement-breakpoint
CREATE TRIGGER "content_state_front_banner_ad" AFTER DELETE ON "front_banner" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION content_state_on_rows();
