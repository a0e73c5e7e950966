package org.bellwether.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds, signs and verifies {@link NarrativeSignature}s. Pure and thread-safe.
 *
 * <p><b>Canonical bytes</b> (what is signed): the UTF-8 JSON of the signature with the {@code signature} field left
 * out; object keys sorted by code point at every level (record fields and map keys alike); no whitespace; null fields
 * left out; lists in their order; instants as ISO-8601 UTC strings as {@link Instant#toString()} writes them; numbers
 * as Java's {@link Double#toString(double)} (scores and rates are rounded to four decimals when built, so the
 * numbers are short and exact); enum keys by their wire name. A reader that parses and re-writes a signature by these
 * rules gets the same bytes.
 *
 * <p><b>Keys</b>: Ed25519 from the JDK; public keys travel as base64 X.509 (SubjectPublicKeyInfo), private keys as
 * base64 PKCS#8.
 */
public final class NarrativeSignatures {
    /** Terms per language kept in a signature. */
    public static final int TERMS = 10;
    /** Link hashes kept in a signature. */
    public static final int URLS = 10;
    /** Posts of a narrative that must match a debunked claim for its signature to carry the claim. */
    public static final int CLAIM_POSTS = 2;

    private static final ObjectMapper CANONICAL = Json.configure(
            JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build());
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_#]+");
    /** Terms that could name a person or reach one: handles, links, e-mail addresses, phone-like numbers. */
    private static final Pattern PERSONAL = Pattern.compile("^@.*|.*[/:@].*|.*\\d{5,}.*");

    private NarrativeSignatures() {
    }

    /**
     * The signature of a narrative, unsigned. Only aggregates cross: terms (without handles, links, long numbers or
     * the names of the city's neighbourhoods), link hashes, claim ids, category means, languages, times and rates.
     *
     * @param city           the sharing city
     * @param narrative      the narrative snapshot
     * @param claimIds       debunked claims the narrative matched: {@link #claimIds(Narrative)}
     * @param placeNames     names finer than the city (its neighbourhoods) that must not appear among the terms
     * @param playbook       the playbook used and its outcome, or null
     * @param sharedAt       when
     */
    public static NarrativeSignature of(String city, Narrative narrative, Collection<String> claimIds,
                                        Collection<String> placeNames, NarrativeSignature.SharedPlaybook playbook,
                                        Instant sharedAt) {
        Set<String> places = new LinkedHashSet<>();
        for (String place : placeNames) {
            places.addAll(tokens(place));
        }
        List<String> terms = new ArrayList<>();
        for (String term : narrative.topTerms()) {
            String lower = term.toLowerCase(Locale.ROOT);
            if (!PERSONAL.matcher(lower).matches() && !places.contains(lower) && !terms.contains(lower)) {
                terms.add(lower);
            }
        }
        List<String> languages = narrative.languages().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        Map<String, List<String>> byLanguage = termsByLanguage(terms, narrative.representativePosts());
        List<String> urlHashes = narrative.urls().stream().filter(NarrativeSignatures::specific).limit(URLS)
                .map(NarrativeSignatures::sha256).toList();
        Map<HarmCategory, Double> harm = new TreeMap<>();
        narrative.harmMix().forEach((category, score) -> harm.put(category, round(score)));
        double peak = narrative.metrics().velocity();
        for (VolumeBucket bucket : narrative.volumeSeries()) {
            peak = Math.max(peak, bucket.posts());
        }
        return new NarrativeSignature(SchemaVersion.CURRENT, city, narrative.narrativeId(), byLanguage, urlHashes,
                List.copyOf(new java.util.TreeSet<>(claimIds)), harm, languages, narrative.firstSeen(), round(peak),
                playbook, sharedAt, null);
    }

    /**
     * Terms per language: a term goes to each language whose sample posts use it; a term no sample shows goes to
     * {@code *}. Only the terms cross, never the sample text.
     */
    private static Map<String, List<String>> termsByLanguage(List<String> terms, List<RepresentativePost> samples) {
        Map<String, Set<String>> tokensByLanguage = new TreeMap<>();
        for (RepresentativePost sample : samples) {
            if (sample.lang() != null && sample.text() != null && sample.lang().matches("[a-z]{2,3}")) {
                tokensByLanguage.computeIfAbsent(sample.lang(), l -> new LinkedHashSet<>()).addAll(tokens(sample.text()));
            }
        }
        Map<String, List<String>> result = new TreeMap<>();
        for (String term : terms.subList(0, Math.min(terms.size(), TERMS))) {
            boolean placed = false;
            for (Map.Entry<String, Set<String>> language : tokensByLanguage.entrySet()) {
                if (language.getValue().contains(term)) {
                    result.computeIfAbsent(language.getKey(), l -> new ArrayList<>()).add(term);
                    placed = true;
                }
            }
            if (!placed) {
                result.computeIfAbsent("*", l -> new ArrayList<>()).add(term);
            }
        }
        return result;
    }

    private static Set<String> tokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        var matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Lower-case hex SHA-256 of a canonical URL's UTF-8 bytes. */
    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** The bytes that are signed: see the class comment. */
    public static byte[] canonicalBytes(NarrativeSignature signature) {
        try {
            return CANONICAL.writeValueAsBytes(signature.withSignature(null));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write a signature", e);
        }
    }

    /** A new Ed25519 key pair. */
    public static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 missing from the JDK", e);
        }
    }

    public static String encodePublic(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static String encodePrivate(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** @throws IllegalArgumentException when the text is not a base64 X.509 Ed25519 public key */
    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(base64.trim())));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("not a base64 X.509 Ed25519 public key", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not a base64 PKCS#8 Ed25519 private key */
    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.trim())));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("not a base64 PKCS#8 Ed25519 private key", e);
        }
    }

    /** The signature signed with the city's private key. */
    public static NarrativeSignature sign(NarrativeSignature unsigned, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(canonicalBytes(unsigned));
            return unsigned.withSignature(Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with Ed25519", e);
        }
    }

    /** True when the signature field is a valid Ed25519 signature of the canonical bytes by this key. */
    public static boolean verify(NarrativeSignature signed, PublicKey key) {
        if (signed.signature() == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(canonicalBytes(signed));
            return verifier.verify(Base64.getDecoder().decode(signed.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Every term of the signature, in any language. */
    public static Set<String> allTerms(NarrativeSignature signature) {
        Set<String> terms = new LinkedHashSet<>();
        signature.topTerms().values().forEach(terms::addAll);
        return terms;
    }

    /** Hashes of a narrative's links, as a signature carries them. */
    public static Set<String> urlHashes(Narrative narrative) {
        return urlHashes(narrative.urls());
    }

    /** Hashes of canonical links (a narrative's, or one post's), as a signature carries them. */
    public static Set<String> urlHashes(Collection<String> canonicalUrls) {
        Set<String> hashes = new LinkedHashSet<>();
        canonicalUrls.stream().filter(NarrativeSignatures::specific).forEach(url -> hashes.add(sha256(url)));
        return hashes;
    }

    /**
     * The debunked claims a narrative's signature carries: those matched by at least {@link #CLAIM_POSTS} of its
     * posts, by id. A claim in a signature matches on its own in every other city, so one post whose words happen to
     * fit a claim's pattern (or quote it to reject it) does not speak for the narrative.
     */
    public static List<String> claimIds(Narrative narrative) {
        return narrative.claims().entrySet().stream().filter(claim -> claim.getValue() >= CLAIM_POSTS)
                .map(Map.Entry::getKey).sorted().toList();
    }

    /**
     * A link that names one page: with a path beyond the root. A bare host (a shortener's {@code http://t.co}, a
     * truncated link) is shared by unrelated narratives and would match them all.
     */
    static boolean specific(String url) {
        try {
            String path = java.net.URI.create(url).getRawPath();
            return path != null && !path.replace("/", "").isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
