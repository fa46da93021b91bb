import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addByline, addNewTag, insertLink, SAMPLE_IMAGE, signIn, STAFF, staffPage, startStory, storyIdFromUrl, submitStory, uniqueHeadline } from './helpers/newsroom';

// Issue 13, "Never lose work": the editor's dialogs, presence, refused saves and the tag rule.

/** axe (WCAG 2.2 AA, label-in-name on) over the page as it is now, in both colour schemes. */
async function axeFindings(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page })
      .options({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, rules: { 'label-content-name-mismatch': { enabled: true } } })
      .analyze();
    found.push(...results.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`));
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}

test('links and alt text are asked in accessible dialogs; Ctrl+K links; a wrong file is refused before any alt text', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, STAFF.journalist);
  await startStory(page, uniqueHeadline('Dialogs'), 'Read the report');
  const body = page.getByRole('textbox', { name: 'Story body' });

  // Ctrl+K opens the link dialog with the focus in its field; a bad address is refused in place.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  const linkDialog = page.getByRole('dialog', { name: 'Insert link' });
  await expect(linkDialog).toBeVisible();
  await expect(linkDialog.getByLabel('Link address')).toBeFocused();
  expect(await axeFindings(page)).toEqual([]);
  await linkDialog.getByLabel('Link address').fill('example.com');
  await linkDialog.getByRole('button', { name: 'Insert link' }).click();
  await expect(linkDialog.getByRole('alert')).toContainText('starting with https://');
  await expect(linkDialog.getByLabel('Link address')).toHaveAttribute('aria-invalid', 'true');
  // Escape closes it and the caret goes back to the text, nothing changed.
  await page.keyboard.press('Escape');
  await expect(linkDialog).toHaveCount(0);
  await expect(body).toBeFocused();
  await expect(body.locator('a')).toHaveCount(0);

  await insertLink(page, 'https://example.com/report');
  await page.keyboard.press('End');
  await page.keyboard.type(' in full.');
  await expect(body.locator('a[href="https://example.com/report"]')).toHaveText('Read the report');
  // The toolbar button on a link edits it, address filled in.
  await body.locator('a').click();
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  const editDialog = page.getByRole('dialog', { name: 'Edit link' });
  await expect(editDialog.getByLabel('Link address')).toHaveValue('https://example.com/report');
  await editDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(editDialog).toHaveCount(0);
  await expect(body).toBeFocused();

  // A file that is no image is refused before anyone is asked to describe it.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.getByLabel('Insert image').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
  await expect(page.getByRole('alert').filter({ hasText: 'not an image we can use' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // An image: alt text is required, the caption optional, and nothing says "Caption" in the story.
  await page.getByLabel('Insert image').setInputFiles(SAMPLE_IMAGE);
  const imageDialog = page.getByRole('dialog', { name: 'Describe the image' });
  await expect(imageDialog.getByLabel('Image description (alt text)')).toBeFocused();
  expect(await axeFindings(page)).toEqual([]);
  await imageDialog.getByRole('button', { name: 'Insert image' }).click();
  await expect(imageDialog.getByRole('alert')).toHaveText('Describe the image for readers who cannot see it.');
  await imageDialog.getByLabel('Image description (alt text)').fill('A bar chart of quarterly output');
  await imageDialog.getByRole('button', { name: 'Insert image' }).click();
  await expect(imageDialog).toHaveCount(0, { timeout: 30_000 });
  await expect(body.locator('figure img')).toHaveAttribute('alt', 'A bar chart of quarterly output');
  await expect(body.locator('figure figcaption')).toHaveText('');
  // The focus is back in the text, with the caret in the paragraph below the image.
  await expect(body).toBeFocused();
  await page.keyboard.type('Typed after the image.');
  await expect(body.locator('figure + p')).toHaveText('Typed after the image.');

  await submitStory(page, 'Save draft', /Saved/);
  const preview = await page.context().newPage();
  await preview.goto(`/admin/stories/${storyIdFromUrl(page)}/preview`);
  await expect(preview.locator('.story-body figure img')).toHaveAttribute('alt', 'A bar chart of quarterly output');
  await expect(preview.locator('.story-body')).not.toContainText('Caption');
  await expect(preview.locator('.story-body a[href="https://example.com/report"]')).toHaveText('Read the report');
  await preview.close();
});

test('a key pressed the moment after the caret moved acts where the caret is now', async ({ page }) => {
  await signIn(page, STAFF.journalist);
  await startStory(page, uniqueHeadline('Caret'), 'Read the report');
  const body = page.getByRole('textbox', { name: 'Story body' });
  await page.keyboard.press('Home');
  // The browser moves the caret to the end of the line, and Enter comes before the page has told
  // the editor (its selectionchange event is a task of its own; Chrome may run input first, as a
  // busy machine showed with End then Enter). Both happen here in one task, so the order is certain.
  await body.evaluate((element) => {
    const text = element.querySelector('p')?.firstChild;
    if (!text) throw new Error('no paragraph text');
    document.getSelection()?.collapse(text, text.textContent?.length ?? 0);
    element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
  });
  await page.keyboard.type('A second paragraph.');
  await expect(body.locator('p')).toHaveText(['Read the report', 'A second paragraph.']);
});

test('who else has the story open is shown, and their save is impossible to miss before ours is refused', async ({ browser }) => {
  test.setTimeout(90_000);
  const writer = await staffPage(browser, STAFF.journalist);
  await startStory(writer, uniqueHeadline('Two at once'));
  await submitStory(writer, 'Save draft', /Saved/);
  const id = storyIdFromUrl(writer);

  const editor = await staffPage(browser, STAFF.editor);
  await editor.goto(`/admin/stories/${id}`);
  await expect(writer.getByText('Elena Duarte is editing')).toBeVisible({ timeout: 20_000 });
  await expect(editor.getByText('Ricardo Mendoza is editing')).toBeVisible({ timeout: 20_000 });

  await editor.getByLabel('Summary (dek)').fill('The editor’s summary.');
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();

  // The writer is told while typing, with the way to compare, before any save of theirs is refused.
  const alert = writer.getByRole('alert').filter({ hasText: 'changed by someone else' });
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await expect(alert).toBeInViewport();
  await expect(alert.getByRole('link', { name: 'Compare with their version' })).toHaveAttribute('href', new RegExp(`/admin/stories/${id}/history\\?from=\\d+&to=\\d+`));
  await writer.getByLabel('Summary (dek)').fill('The writer’s summary.');
  await writer.getByRole('button', { name: 'Save draft' }).click();
  await expect(alert).toContainText('Your changes were not saved');
  await expect(writer.getByLabel('Summary (dek)')).toHaveValue('The writer’s summary.');

  // Closing the editor stops naming that person.
  await editor.close();
  await expect(writer.getByText('Elena Duarte is editing')).toHaveCount(0, { timeout: 30_000 });
  await writer.context().close();
});

test('a refused save highlights the fields at fault and puts the caret in the first one', async ({ page }) => {
  await signIn(page, STAFF.journalist);
  await page.goto('/admin/stories/new');
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.type('A story with no headline and no section yet.');
  await page.getByRole('button', { name: 'Publish now' }).click();
  const headline = page.getByLabel('Headline');
  await expect(headline).toBeFocused();
  await expect(headline).toHaveAttribute('aria-invalid', 'true');
  await expect(headline).toHaveAttribute('aria-describedby', 'headline-error');
  await expect(page.locator('#headline-error')).toBeVisible();
  await expect(page.getByLabel('Section')).toHaveAttribute('aria-invalid', 'true');

  await headline.fill('A headline long enough to need a second line in the field, because wire headlines often run long and must be read whole');
  const box = await headline.boundingBox();
  expect(box!.height).toBeGreaterThan(60);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByLabel('Section')).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Story body' })).toContainText('A story with no headline and no section yet.');
  await expect(page.getByText(/^\d+ words · 1 min read$/).first()).toBeVisible();
});

test('a hero image without alt text is refused beside the alt text field, and the caret is put there', async ({ page }) => {
  await signIn(page, STAFF.editor);
  await startStory(page, uniqueHeadline('Hero alt'));
  const hero = page.getByRole('group', { name: 'Hero image' });
  await hero.getByLabel('Hero image file').setInputFiles(SAMPLE_IMAGE);
  await expect(hero.getByText('Replace image')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Publish now' }).click();
  const alt = hero.getByLabel('Alt text', { exact: true });
  await expect(alt).toBeFocused();
  await expect(alt).toHaveAttribute('aria-invalid', 'true');
  await expect(alt).toHaveAccessibleDescription('Describe the image for readers who cannot see it.');
  await expect(page.getByText(/^Status:/)).toContainText('Draft');
  await alt.fill('A bar chart of quarterly output');
  await submitStory(page, 'Publish now', /Published/);
});

test('bylines are put in order with the up and down buttons, by mouse or keyboard, and keep it', async ({ page }) => {
  await signIn(page, STAFF.editor);
  await startStory(page, uniqueHeadline('Byline order'));
  await submitStory(page, 'Save draft', /Saved/);
  await page.reload();
  const bylines = page.getByRole('group', { name: 'Bylines, in order' }).getByRole('listitem');
  await expect(bylines).toHaveText([/Elena Duarte/]);
  await addByline(page, 'Amara Okafor');
  await addByline(page, 'Daniel Whitfield');
  await expect(page.getByRole('button', { name: 'Move Elena Duarte up' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move Daniel Whitfield down' })).toBeDisabled();

  await page.getByRole('button', { name: 'Move Daniel Whitfield up' }).click();
  await expect(bylines).toHaveText([/Elena Duarte/, /Daniel Whitfield/, /Amara Okafor/]);
  await expect(page.getByRole('status').filter({ hasText: 'Daniel Whitfield moved to position 2.' })).toBeAttached();
  // From the keyboard: the focus stays with the byline being moved, down to the end of the list.
  await page.getByRole('button', { name: 'Move Elena Duarte down' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(bylines).toHaveText([/Daniel Whitfield/, /Amara Okafor/, /Elena Duarte/]);
  await expect(page.getByRole('button', { name: 'Move Elena Duarte up' })).toBeFocused();

  await submitStory(page, 'Save draft', /Saved/);
  await page.reload();
  await expect(bylines).toHaveText([/Daniel Whitfield/, /Amara Okafor/, /Elena Duarte/]);
  await page.goto(`/admin/stories/${storyIdFromUrl(page)}/preview`);
  await expect(page.getByText('By Daniel Whitfield, Amara Okafor and Elena Duarte')).toBeVisible();
});

test('a contributor who types a new tag gets a clear error beside the tags and loses nothing', async ({ page }) => {
  await signIn(page, STAFF.contributor);
  const title = uniqueHeadline('Contributor tags');
  await startStory(page, title, 'Typed by a contributor.');
  await page.getByRole('combobox', { name: 'Add a tag' }).fill('Ele');
  await page.getByRole('option', { name: 'Elections', exact: true }).click();
  const fresh = `brand-new-${Date.now().toString(36)}`;
  await addNewTag(page, fresh);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(`Only editors and journalists can create new tags (“${fresh}”)`)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Add a tag' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Add a tag' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Headline')).toHaveValue(title);
  await expect(page.getByRole('textbox', { name: 'Story body' })).toContainText('Typed by a contributor.');

  await page.getByRole('button', { name: `Remove tag ${fresh}` }).click();
  await submitStory(page, 'Save draft', /Saved/);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Remove tag Elections' })).toBeVisible();
  expect((await page.request.get(`/tags/${fresh}`)).status()).toBe(404);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`the save status and the primary actions stay in view while the story scrolls (${viewport.width} px)`, async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await signIn(page, STAFF.journalist);
    await startStory(page, uniqueHeadline('Sticky bar'));
    // A long paragraph at once: typed key by key it took most of the test's time on a busy machine.
    await page.keyboard.insertText(' Paragraph one.'.repeat(40));
    for (let i = 0; i < 25; i++) await page.keyboard.press('Enter');
    await page.keyboard.type('The last line of a long story.');
    const bar = [page.getByRole('status').filter({ hasText: /Unsaved changes|Saving…|^Saved/ }).first(), page.getByRole('button', { name: 'Save draft' }), page.getByRole('button', { name: 'Publish now' })];
    for (const top of [false, true]) {
      await page.evaluate((up) => window.scrollTo(0, up ? 0 : document.body.scrollHeight / 2), top);
      for (const el of bar) await expect(el).toBeInViewport();
    }
    expect(await axeFindings(page)).toEqual([]);
    await context.close();
  });
}
