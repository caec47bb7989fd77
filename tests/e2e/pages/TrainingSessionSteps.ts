import { expect, type Page } from '@playwright/test';
import type { Language } from '../../../shared/domain/base';
import { tr, typedDate } from './i18n';

export type TrainingSessionPlan = {
  title: string;
  programme: string;
  module: string;
  date: string;
  start: string;
  end: string;
  present: { name: string; query: string }[];
  absent: { name: string; query: string }[];
};

/**
 * Runs a training session through the sessions feature's own pages, as a coordinator would:
 * plan it (kind "training", programme, the module it teaches, expected participants), then
 * record attendance. Controls are found by the sessions feature's translated labels.
 */
export class TrainingSessionSteps {
  constructor(
    readonly page: Page,
    readonly lng: Language = 'en',
  ) {}

  private s(key: string, values?: Record<string, string | number>) {
    return tr(this.lng, 'sessions', key, values);
  }

  private async choose(label: string, option: string) {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async runTrainingSession(plan: TrainingSessionPlan): Promise<string> {
    const page = this.page;
    await page.goto('/#/sessions/new');
    await page.getByRole('heading', { level: 1, name: this.s('newTitle') }).waitFor();
    await page.getByRole('textbox', { name: this.s('fields.title') }).fill(plan.title);
    await this.choose(this.s('fields.kind'), this.s('kinds.training'));
    await this.choose(this.s('fields.programme'), plan.programme);
    await page.getByRole('textbox', { name: this.s('fields.date'), exact: true }).fill(typedDate(this.lng, plan.date));
    await page.getByRole('textbox', { name: this.s('fields.startTime'), exact: true }).fill(plan.start);
    await page.getByRole('textbox', { name: this.s('fields.endTime'), exact: true }).fill(plan.end);
    // Mantine's multi-select covers its input with the pills box: click through to open it.
    await page.getByRole('combobox', { name: this.s('fields.modules') }).click({ force: true });
    await page.getByRole('option', { name: plan.module, exact: true }).click();
    await page.keyboard.press('Tab');
    for (const person of [...plan.present, ...plan.absent]) {
      await page.getByRole('combobox', { name: this.s('form.addParticipant') }).fill(person.query);
      await page
        .getByRole('option', { name: new RegExp(`^${person.name}`) })
        .first()
        .click();
    }
    await page.getByRole('button', { name: tr(this.lng, 'common', 'actions.save'), exact: true }).click();
    await expect(page).toHaveURL(/#\/sessions\/[0-9a-f-]{36}$/);
    const id = /#\/sessions\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';

    await page.getByRole('link', { name: this.s('attendance.record') }).click();
    for (const [people, status] of [
      [plan.present, 'present'],
      [plan.absent, 'absent'],
    ] as const) {
      for (const person of people) {
        await page
          .getByRole('radiogroup', { name: this.s('attendance.statusOf', { name: person.name }) })
          .getByRole('radio', { name: this.s(`statuses.${status}`), exact: true })
          .check();
      }
    }
    await page.getByRole('button', { name: this.s('attendance.save') }).click();
    await expect(page).toHaveURL(new RegExp(`#/sessions/${id}$`));
    return id;
  }
}
