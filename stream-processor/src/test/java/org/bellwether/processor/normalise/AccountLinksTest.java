package org.bellwether.processor.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bellwether.model.ContactRedactor;
import java.util.Map;
import org.bellwether.model.ContactCipher;
import org.bellwether.model.PostLink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AccountLinksTest {
    private final AuthorPseudonymiser pseudonymiser = new AuthorPseudonymiser(new byte[32]);
    private final ContactCipher cipher = new ContactCipher("k1", Map.of("k1", new byte[32]));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://mastodon.social/@hamid_awake904/42   | @hamid_awake904@mastodon.social | true",
        "https://social.example/users/someone/statuses/1 |                              | true",
        "https://bsky.app/profile/did:plc:abc/post/3k  | did:plc:abc                     | true",
        "https://bsky.app/profile/alice.bsky.social/post/3k |                            | true",
        "https://forum.example/t/1?by=Hamid           | hamid                           | true",
        "https://news.example/a                       | hamid                           | false",
        "https://news.example/2026/03/shelter         |                                 | false"})
    void recognisesLinksThatNameAnAccount(String url, String handle, boolean namesAccount) {
        assertThat(AccountLinks.namesAccount(url, handle)).isEqualTo(namesAccount);
    }

    @Test
    void sealsThePostLinkThatNamesItsAuthorAndShowsOthers() {
        AccountLinks links = new AccountLinks(pseudonymiser, cipher);
        AccountLinks.Link sealed = links.postLink("https://mastodon.social/@hamid/42", "@hamid@mastodon.social");
        assertThat(sealed.shown()).isNull();
        assertThat(cipher.open(sealed.sealed(), PostLink.PURPOSE)).isEqualTo("https://mastodon.social/@hamid/42");

        assertThat(links.postLink("https://news.example/a", "hamid"))
                .isEqualTo(new AccountLinks.Link("https://news.example/a", null));
        assertThat(new AccountLinks(pseudonymiser, null).postLink("https://mastodon.social/@hamid/42", "hamid"))
                .as("without a cipher the link is dropped").isEqualTo(new AccountLinks.Link(null, null));
    }

    @Test
    void hashesIdsThatNameAnAccountTheSameWayForPostsAndReposts() {
        AccountLinks links = new AccountLinks(pseudonymiser, null);
        String id = links.postId("bluesky", "did:plc:abc/3k", "did:plc:abc");
        assertThat(id).startsWith("bluesky:h_").doesNotContain("abc");
        assertThat(links.repostKey("bluesky:did:plc:abc/3k")).isEqualTo(id);
        assertThat(links.postId("mastodon:mastodon.social", "42", "@hamid")).isEqualTo("mastodon:mastodon.social:42");
        assertThat(links.repostKey("mastodon:mastodon.social:42")).isEqualTo("mastodon:mastodon.social:42");
        assertThat(links.postId("replay", "hamid-7", "hamid")).startsWith("replay:h_");
    }

    @Test
    void dropsLinksInTheTextThatNameAnAccount() {
        assertThat(AccountLinks.withoutAccounts(List.of("https://news.example/a", "https://x.example/@bob",
                "https://blog.example/hamid/post"), "hamid")).containsExactly("https://news.example/a");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "write to me at jane.doe@mail.example please | write to me at [e-mail removed] please",
        "call +44 20 7946 0958 any time              | call [phone removed] any time",
        "or (555) 010-4477                           | or [phone removed]",
        "on 2026-03-14 at the shelter, 300 people    | on 2026-03-14 at the shelter, 300 people",
        "flyers on 14/03/2026 near bus 42            | flyers on 14/03/2026 near bus 42"})
    void redactsContactsFromTipText(String text, String redacted) {
        assertThat(ContactRedactor.redact(text)).isEqualTo(redacted);
    }
}
