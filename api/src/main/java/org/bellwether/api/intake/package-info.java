/**
 * Intake: the public entry points of the api (the tip form, the SMS, WhatsApp and Telegram tip lines, the e-mail
 * tip inbox, partner webhooks) that put what the public sends in onto {@code tips.raw} and {@code posts.raw}, and
 * the admin watchlist and source status. Built in one block of {@code BellwetherApplication.run}; configured under
 * {@code intake:}.
 */
package org.bellwether.api.intake;
