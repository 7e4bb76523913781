import { diffWordsBounded } from '@parallax/core';
import type { Review, Role, Store, Story, User } from '@parallax/shared';
import type { Principal } from '../context.js';
import type { AlertWithDeliveries } from '../views/alerts-page.js';
import type { ArticleView } from '../views/article-page.js';
import type { DiscrepancyView } from '../views/discrepancy-page.js';
import { badRequest, notFound } from './errors.js';
import type { ReviewInput } from './inputs.js';

/** What pages and the JSON API both do; each checks existence, so an unknown id is a 404 wherever it comes from. */

export async function loadDiscrepancyView(store: Store, id: string): Promise<DiscrepancyView> {
  const discrepancy = await store.discrepancies.get(id);
  if (!discrepancy) throw notFound('discrepancy');
  const [story, article, version, reviews, users, suppressed] = await Promise.all([
    store.stories.get(discrepancy.storyId),
    store.articles.get(discrepancy.articleId),
    store.articles.version(discrepancy.versionId),
    store.discrepancies.reviews(id),
    store.users.list(),
    store.discrepancies.isSuppressed(discrepancy.storyId, discrepancy.outlet, discrepancy.key),
  ]);
  if (!story) throw notFound('story');
  const names = new Map(users.map((u) => [u.id, u.username]));
  return {
    discrepancy,
    story,
    article,
    version,
    reviews: reviews.map((r) => ({ ...r, username: names.get(r.userId) ?? r.userId })),
    suppressed,
  };
}

export async function reviewDiscrepancy(
  store: Store,
  principal: Principal,
  id: string,
  input: ReviewInput,
): Promise<{ review: Review; suppressionRuleId: string | null }> {
  const discrepancy = await store.discrepancies.get(id);
  if (!discrepancy) throw notFound('discrepancy');
  const review = await store.discrepancies.review({
    discrepancyId: id,
    userId: principal.userId,
    action: input.action,
    reason: input.action === 'dismiss' ? (input.reason ?? null) : null,
    note: input.note ?? null,
  });
  let suppressionRuleId: string | null = null;
  if (input.action === 'dismiss' && input.suppress && input.reason) {
    const rule = await store.discrepancies.addSuppressionRule({
      storyId: discrepancy.storyId,
      outlet: discrepancy.outlet,
      figureKey: discrepancy.key,
      reason: input.reason,
      createdBy: principal.userId,
    });
    suppressionRuleId = rule.id;
  }
  return { review, suppressionRuleId };
}

export async function loadArticleView(store: Store, id: string): Promise<ArticleView> {
  const article = await store.articles.get(id);
  if (!article) throw notFound('article');
  const [versions, findings] = await Promise.all([
    store.articles.versions(id),
    store.discrepancies.list({ articleId: id, limit: 1000 }),
  ]);
  const latest = versions.at(-1);
  const figures = latest ? await store.articles.figuresOf(latest.id) : [];
  const storyIds = [...new Set(findings.map((d) => d.storyId))];
  const stories = await store.stories.getMany(storyIds);
  const versionDiffs = versions.slice(1).map((v, i) => diffWordsBounded(versions[i]!.text, v.text));
  // Offsets belong to the version they were read from: only the latest version's findings mark the text.
  const current = latest ? findings.filter((d) => d.versionId === latest.id) : [];
  return { article, versions, versionDiffs, figures, findings: current.length > 0 ? current : findings, stories };
}

export async function loadAlerts(store: Store, options: { unacknowledged?: boolean }): Promise<AlertWithDeliveries[]> {
  const alerts = await store.alerts.list({ limit: 200, ...(options.unacknowledged ? { unacknowledged: true } : {}) });
  const deliveries = await store.alerts.deliveriesOf(alerts.map((a) => a.id));
  return alerts.map((a) => ({
    ...a,
    deliveries: (deliveries.get(a.id) ?? []).map((d) => ({
      channel: d.channel,
      status: d.status,
      attempts: d.attempts,
      lastError: d.last_error,
      deliveredAt: d.delivered_at,
    })),
  }));
}

export async function acknowledgeAlert(store: Store, principal: Principal, id: string): Promise<void> {
  if (!(await store.alerts.get(id))) throw notFound('alert');
  await store.alerts.acknowledge(id, principal.username);
}

/** Admin changes to an account; an admin cannot lock themself out by demoting or disabling their own account. */
export async function changeUser(
  store: Store,
  principal: Principal,
  username: string,
  change: { role: Role } | { disabled: boolean },
): Promise<User> {
  const user = (await store.users.list()).find((u) => u.username === username);
  if (!user) throw notFound('user');
  if (user.id === principal.userId) throw badRequest('Change your own account from another admin account or the CLI.');
  if ('role' in change) await store.users.setRole(username, change.role);
  else await store.users.setDisabled(username, change.disabled);
  return (await store.users.get(user.id))!;
}

export async function removeSuppressionRule(store: Store, storyId: string, ruleId: string): Promise<void> {
  const rules = await store.discrepancies.suppressionRules(storyId);
  if (!rules.some((r) => r.id === ruleId)) throw notFound('suppression rule');
  await store.discrepancies.removeSuppressionRule(ruleId);
}
