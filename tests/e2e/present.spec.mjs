// Presentation mode: the tour with what a clicker sends, the slide in the link, blanking,
// questions from the floor with the mouse, and auto-advance.
import { test, expect } from '@playwright/test';
import { clickShape, map } from './helpers.mjs';

const slideTitle = (page) => page.locator('.slide-title');
const slideNumber = (page) => page.locator('.slide-number');

async function present(page, query = '') {
  await page.goto(`/?present=1${query}`);
  await expect(slideTitle(page)).toBeVisible();
}

test('present=1 opens the tour; PageDown moves to slide 2 and the link says so', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await present(page);
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await expect(slideTitle(page)).toHaveText('The International Leading Group on SSE');
  await expect(slideNumber(page)).toHaveText('Slide 1 of 15');
  await expect(page.locator('.slide-source')).toContainText('Source:');
  await page.keyboard.press('PageDown');
  await expect(slideTitle(page)).toHaveText('First meeting, UN headquarters, 22 September 2014');
  await expect(page).toHaveURL(/[?&]slide=2(&|$)/);
  await expect(page).toHaveURL(/[?&]present=1(&|$)/);
  await expect(page.locator('.legend')).toContainText('as of 22 Sep 2014');
  // The speaker's caption, large enough for the back of the room.
  const size = await page.locator('.slide-caption').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
});

test('clicker keys: arrows, Space, End, Home and PageUp; slide=N opens there', async ({ page }) => {
  await present(page, '&slide=3');
  await expect(slideTitle(page)).toHaveText('France: Annick Girardin');
  await expect(page.getByRole('region', { name: 'France' })).toHaveCount(0);
  await expect(map(page).locator('path.selection-outline')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(slideNumber(page)).toHaveText('Slide 4 of 15');
  await page.keyboard.press(' ');
  await expect(slideNumber(page)).toHaveText('Slide 5 of 15');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('PageUp');
  await expect(slideNumber(page)).toHaveText('Slide 3 of 15');
  await page.keyboard.press('End');
  await expect(slideNumber(page)).toHaveText('Slide 15 of 15');
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.keyboard.press('Home');
  await expect(slideNumber(page)).toHaveText('Slide 1 of 15');
  await expect(page).toHaveURL(/slide=1/);
});

test('Space on a focused Next button moves one slide; arrows move slides even with the map focused; Back returns to the previous slide', async ({ page }) => {
  await present(page);
  await page.getByRole('button', { name: 'Next' }).focus();
  await page.keyboard.press(' ');
  await expect(slideNumber(page)).toHaveText('Slide 2 of 15');
  await page.waitForTimeout(300);
  await expect(slideNumber(page)).toHaveText('Slide 2 of 15');
  await map(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(slideNumber(page)).toHaveText('Slide 3 of 15');
  await expect(page).toHaveURL(/slide=3/);
  await page.goBack();
  await expect(slideNumber(page)).toHaveText('Slide 2 of 15');
  await expect(slideTitle(page)).toHaveText('First meeting, UN headquarters, 22 September 2014');
  await expect(map(page).locator('path.selection-outline')).toHaveCount(0);
  await page.goForward();
  await expect(slideNumber(page)).toHaveText('Slide 3 of 15');
  await expect(page).toHaveURL(/country=FRA/);
});

test('B blanks the screen and the next key brings it back without moving on', async ({ page }) => {
  await present(page, '&slide=2');
  await page.keyboard.press('b');
  await expect(page.locator('.blank-screen')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.locator('.blank-screen')).toHaveCount(0);
  await expect(slideNumber(page)).toHaveText('Slide 2 of 15');
  await page.keyboard.press('.');
  await expect(page.locator('.blank-screen')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.locator('.blank-screen')).toHaveCount(0);
});

test('a question from the floor: the mouse selects another country, R returns to the slide', async ({ page }) => {
  // No animation: the click must land on a map that stands still.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await present(page, '&slide=3');
  await page.getByRole('button', { name: 'Show the whole world' }).click();
  // The whole world is not the map's first view (the group's region): the link says so.
  await expect(page).toHaveURL(/zoom=1&/);
  await clickShape(page, map(page).locator('path[data-id="COL"]:visible'));
  await expect(page.getByText('Showing Colombia.')).toBeVisible();
  await expect(page).toHaveURL(/country=COL/);
  await page.keyboard.press('r');
  await expect(page.getByText('Showing Colombia.')).toHaveCount(0);
  await expect(page).toHaveURL(/country=FRA/);
  await expect(slideTitle(page)).toHaveText('France: Annick Girardin');
});

test('auto-advance moves on by itself and shows a pause button; Exit leaves the presentation', async ({ page }) => {
  await present(page, '&auto=3');
  await expect(page.getByRole('button', { name: 'Pause auto-advance (every 3 s)' })).toBeVisible();
  await expect(slideNumber(page)).toHaveText('Slide 2 of 15', { timeout: 6000 });
  await page.getByRole('button', { name: /Pause auto-advance/ }).click();
  await expect(page.getByRole('button', { name: 'Start auto-advance' })).toBeVisible();
  await expect(page).not.toHaveURL(/auto=/);
  await page.waitForTimeout(3500);
  await expect(slideNumber(page)).toHaveText('Slide 2 of 15');
  await page.getByRole('button', { name: 'Exit presentation' }).click();
  await expect(page.locator('.site-header')).toBeVisible();
  await expect(page.getByRole('searchbox').or(page.getByRole('combobox')).first()).toBeVisible();
  await expect(page).not.toHaveURL(/present=|slide=/);
});

test('the Present button starts the tour from the page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Present the tour' }).click();
  await expect(slideTitle(page)).toHaveText('The International Leading Group on SSE');
  await expect(page).toHaveURL(/present=1/);
});

test('a broken tour file is reported in place of the tour, located, and the map still works', async ({ page }) => {
  await page.route('**/assets/data/tour.json', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ format: 'sse-atlas-tour/1', title: 'T', slides: [{ title: '', caption: 'c' }, { caption: 5 }] }),
  }));
  await page.goto('/?present=1');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The tour could not be loaded');
  await expect(alert).toContainText('slides[0].title');
  await expect(alert).toContainText('slides[1].caption');
  await expect(map(page).locator('path.shape').nth(100)).toBeVisible();
  await page.getByRole('button', { name: 'Exit presentation' }).click();
  await expect(page.locator('.site-header')).toBeVisible();
});
