ALTER TABLE "articles" ALTER COLUMN "section_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "submitted_at" bigint;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "submitted_by_id" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "review_note_at" bigint;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "review_note_by_id" integer;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_review_note_by_id_users_id_fk" FOREIGN KEY ("review_note_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_live_has_section" CHECK (status not in ('published', 'scheduled') or section_id is not null);