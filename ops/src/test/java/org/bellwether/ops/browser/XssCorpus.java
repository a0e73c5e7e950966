package org.bellwether.ops.browser;

import java.util.List;

/**
 * Hostile text of the kind an attacker posts to a public timeline or a tip line, hoping a dashboard renders it
 * as HTML: script tags, event handlers, {@code javascript:} links, SVG, CSS, and Unicode tricks. Each payload that
 * ran would set {@code window.__pwned} or load {@code /pwned…}; the tests prove neither happens.
 */
final class XssCorpus {
    static final List<String> PAYLOADS = List.of(
            "<script>window.__pwned='script'</script>",
            "<img src=x onerror=\"window.__pwned='img'\">",
            "<svg onload=\"window.__pwned='svg'\"><circle r=5 /></svg>",
            "<svg><script>window.__pwned='svg-script'</script></svg>",
            "<a href=\"javascript:window.__pwned='link'\">click me</a>",
            "<iframe src=\"javascript:parent.__pwned='iframe'\"></iframe>",
            "<iframe srcdoc=\"<script>parent.__pwned='srcdoc'</script>\"></iframe>",
            "<body onload=window.__pwned='body'>",
            "<details open ontoggle=\"window.__pwned='details'\">",
            "<input autofocus onfocus=\"window.__pwned='focus'\">",
            "<style>@import '/pwned-css'; body{background:url(/pwned-bg)}</style>",
            "<div style=\"background-image:url(/pwned-style)\">styled</div>",
            "<link rel=stylesheet href=/pwned-link>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned='mxss'>",
            "\"><img src=/pwned-attr onerror=window.__pwned='attr'>",
            "'-alert(1)-' ${window.__pwned='template'} {{constructor.constructor('window.__pwned=1')()}}",
            "<object data=\"javascript:window.__pwned='object'\"></object>",
            "<embed src=/pwned-embed>",
            "<meta http-equiv=refresh content=\"0;url=javascript:window.__pwned='meta'\">",
            "<base href=\"javascript:window.__pwned='base'//\">",
            "<form action=javascript:window.__pwned='form'><button>go</button></form>",
            "\uFF1Cscript\uFF1Ewindow.__pwned='fullwidth'\uFF1C/script\uFF1E",
            "<scr\u200Bipt>window.__pwned='zwsp'</scr\u200Bipt> \u202Egnp.exe\u202C",
            "%3Cscript%3Ewindow.__pwned='encoded'%3C/script%3E &lt;script&gt;window.__pwned='entity'&lt;/script&gt;",
            "=HYPERLINK(\"/pwned-formula\",\"click\")",
            "<img src=\"data:image/svg+xml,<svg onload=window.__pwned='data'>\">",
            "<noscript><p title=\"</noscript><img src=x onerror=window.__pwned='noscript'>\">");

    /** URLs that must never become a live link. */
    static final List<String> URLS = List.of("javascript:window.__pwned='url'", "data:text/html,<script>parent.__pwned=1"
            + "</script>", "vbscript:msgbox(1)", " javascript:window.__pwned='space'");

    private XssCorpus() {
    }
}
