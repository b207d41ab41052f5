"""Site-builder / shop-system page shells for the blind6 corpus.

Each family renders (site, path, title, body) into a full HTML page with the
builder's characteristic markup: nested wrappers, data attributes, inline JSON
app state, generator tags, cookie banners. Body fragments are split on blank
lines and every block is wrapped in the family's module markup.
"""
import hashlib
import json
import html as _html


def hid(*parts, n=8):
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:n]


def blocks(body):
    return [b.strip() for b in body.strip().split("\n\n") if b.strip()]


def jsonld_tags(site, path):
    ld = site.get("jsonld")
    if ld is None:
        return ""
    if site.get("jsonld_all") or path == site.get("home", "/"):
        items = ld if isinstance(ld, list) else [ld]
        out = []
        for it in items:
            txt = it if isinstance(it, str) else json.dumps(it, ensure_ascii=False, indent=1)
            out.append('<script type="application/ld+json">%s</script>' % txt)
        return "\n".join(out)
    return ""


def og(site, path, title):
    scheme = "http" if site.get("https") is False else "https"
    return ('<meta property="og:title" content="%s">\n<meta property="og:type" content="website">\n'
            '<meta property="og:url" content="%s://%s%s">\n<meta property="og:site_name" content="%s">'
            % (_html.escape(title), scheme, site["domain"], path, _html.escape(site["name"])))


def navlist(site, cls_ul="", cls_li="", cls_a="", path="/"):
    items = []
    for href, label in site["nav"]:
        cur = ' aria-current="page"' if href == path else ""
        items.append('<li class="%s"><a class="%s" href="%s"%s>%s</a></li>' % (cls_li, cls_a, href, cur, label))
    return '<ul class="%s">%s</ul>' % (cls_ul, "\n".join(items))


def charset_meta(site):
    return '<meta charset="%s">' % ("iso-8859-1" if site.get("charset") else "utf-8")


# ----------------------------------------------------------------- cookie banners
COOKIE = {
    "cookiebot": lambda s: '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="%s-%s" data-blockingmode="auto" type="text/javascript"></script>' % (hid(s["domain"], "cb"), hid(s["domain"], "cb2", n=4)),
    "complianz": lambda s: '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">%s</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>%s</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">%s</button><button class="cmplz-btn cmplz-deny">%s</button></div></div></div>' % s["cookie_text"],
    "borlabs": lambda s: '<div data-borlabs-cookie-wrap><div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog" aria-labelledby="CookieBoxTextHeadline" aria-modal="true"><div class="bottom-center" style="display:none"><div class="_brlbs-box-wrap"><div class="_brlbs-box"><h3 id="CookieBoxTextHeadline">%s</h3><p>%s</p><p class="_brlbs-accept"><a href="#" class="_brlbs-btn _brlbs-btn-accept-all cursor" data-cookie-accept-all>%s</a></p><p class="_brlbs-refuse"><a href="#" class="cursor" data-cookie-refuse>%s</a></p></div></div></div></div></div>' % s["cookie_text"],
    "iubenda": lambda s: '<script type="text/javascript">var _iub = _iub || []; _iub.csConfiguration = {"siteId":%d,"cookiePolicyId":%d,"lang":"%s","banner":{"position":"float-bottom-center","acceptButtonDisplay":true,"customizeButtonDisplay":true}};</script><script type="text/javascript" src="//cdn.iubenda.com/cs/iubenda_cs.js" charset="UTF-8" async></script>' % (int(hid(s["domain"], n=6), 16), int(hid(s["domain"], "p", n=7), 16), s["lang"]),
    "axeptio": lambda s: '<script>window.axeptioSettings = {clientId: "%s", cookiesVersion: "%s-base"};(function(d, s) {var t = d.getElementsByTagName(s)[0], e = d.createElement(s);e.async = true; e.src = "//static.axept.io/sdk.js";t.parentNode.insertBefore(e, t);})(document, "script");</script>' % (hid(s["domain"], "ax", n=24), s["domain"].split(".")[0]),
    "cookieyes": lambda s: '<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/%s/script.js"></script>' % hid(s["domain"], "cy", n=24),
    "tarteaucitron": lambda s: '<script src="/tarteaucitron/tarteaucitron.js"></script><script>tarteaucitron.init({"privacyUrl": "", "hashtag": "#tarteaucitron", "cookieName": "tarteaucitron", "orientation": "bottom", "showAlertSmall": false, "cookieslist": true, "AcceptAllCta": true, "highPrivacy": true, "handleBrowserDNTRequest": false, "removeCredit": true, "useExternalCss": false});</script>',
    "klaro": lambda s: '<script defer type="application/javascript" src="/typo3conf/ext/klaro/Resources/Public/klaro.js" data-config="klaroConfig"></script><noscript><div class="klaro-noscript">%s</div></noscript>' % s["cookie_text"][1],
    "osano": lambda s: '<script src="https://cmp.osano.com/%s/%s/osano.js"></script>' % (hid(s["domain"], "o1", n=16), hid(s["domain"], "o2", n=8)),
    "hubspot": lambda s: '<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" style="display:none"><div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>%s</p></div><div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button" href="#">%s</a><a id="hs-eu-decline-button" role="button" href="#">%s</a></div></div></div>' % (s["cookie_text"][1], s["cookie_text"][2], s["cookie_text"][3]),
    "plain": lambda s: '<div class="cookie-bar" id="cookie-bar" hidden><p>%s</p><button type="button" data-accept>%s</button></div>' % (s["cookie_text"][1], s["cookie_text"][2]),
    "none": lambda s: "",
}

COOKIE_TEXT = {
    "it": ("Gestisci consenso", "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti.", "Accetta", "Rifiuta"),
    "es": ("Gestionar consentimiento", "Utilizamos cookies propias y de terceros para analizar el uso del sitio web.", "Aceptar", "Rechazar"),
    "nl": ("Cookie-instellingen", "Wij gebruiken cookies om onze website te verbeteren en voor statistieken.", "Accepteren", "Weigeren"),
    "fr": ("Gestion des cookies", "Nous utilisons des cookies pour mesurer l'audience et améliorer votre expérience.", "Tout accepter", "Continuer sans accepter"),
    "de": ("Datenschutzeinstellungen", "Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website zu verbessern.", "Alle akzeptieren", "Nur essenzielle Cookies"),
    "pt": ("Gerir consentimento", "Utilizamos cookies para otimizar o nosso website e o nosso serviço.", "Aceitar", "Rejeitar"),
    "pl": ("Zarządzaj zgodą", "Ta strona korzysta z plików cookie w celach statystycznych.", "Akceptuję", "Odrzuć"),
    "sv": ("Cookie-inställningar", "Vi använder cookies för att ge dig en bättre upplevelse.", "Godkänn alla", "Endast nödvändiga"),
    "da": ("Cookie-indstillinger", "Vi bruger cookies til statistik og til at forbedre hjemmesiden.", "Accepter alle", "Afvis"),
    "fi": ("Evästeasetukset", "Käytämme evästeitä sivuston toiminnan ja käyttökokemuksen parantamiseksi.", "Hyväksy kaikki", "Vain välttämättömät"),
    "cs": ("Nastavení cookies", "Tento web používá soubory cookie k analýze návštěvnosti.", "Přijmout vše", "Odmítnout"),
    "ro": ("Setări cookie", "Folosim cookie-uri pentru a îmbunătăți experiența pe site.", "Accept", "Refuz"),
    "el": ("Ρυθμίσεις cookies", "Χρησιμοποιούμε cookies για τη βελτίωση της εμπειρίας σας.", "Αποδοχή", "Απόρριψη"),
    "en": ("Cookie settings", "We use cookies to understand how visitors use our website.", "Accept all", "Reject"),
    "ja": ("Cookieの設定", "当サイトでは利便性向上のためCookieを使用しています。", "同意する", "拒否する"),
}


SKIP = {"it": "Vai al contenuto", "es": "Saltar al contenido", "nl": "Naar de inhoud", "fr": "Aller au contenu", "de": "Zum Inhalt springen",
        "pt": "Saltar para o conteúdo", "pl": "Przejdź do treści", "sv": "Hoppa till innehåll", "da": "Spring til indhold", "fi": "Siirry sisältöön",
        "cs": "Přejít k obsahu", "ro": "Sari la conținut", "el": "Μετάβαση στο περιεχόμενο", "en": "Skip to content", "ja": "本文へスキップ"}


def skip(site):
    return site.get("skip") or SKIP[site["lang"]]


def cookie(site):
    site.setdefault("cookie_text", COOKIE_TEXT[site["lang"]])
    return COOKIE[site.get("cookie", "plain")](site)


def head_common(site, path, title, extra=""):
    desc = site.get("desc", "")
    return "\n".join(x for x in [
        charset_meta(site),
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>%s</title>" % title,
        '<meta name="description" content="%s">' % _html.escape(desc) if desc else "",
        og(site, path, title),
        '<link rel="icon" href="/favicon.ico">',
        extra,
        jsonld_tags(site, path),
        site.get("head_extra", ""),
    ] if x)


def html_lang(site):
    return site.get("html_lang", site["lang"])


# ------------------------------------------------------------------------- Wix
def wix(site, path, title, body):
    pid = hid(site["domain"], path, n=5)
    secs = []
    for i, b in enumerate(blocks(body)):
        cid = "comp-l%s%02d" % (hid(site["domain"], path, str(i), n=6), i)
        secs.append(
            '<section id="%s" class="wixui-section" tabindex="-1"><div id="bgLayers_%s" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div>'
            '<div data-testid="columns" class="V5AUxf"><div id="%s-col" class="comp-col wixui-column-strip__column"><div data-mesh-id="%sinlineContent" data-testid="inline-content" class="">'
            '<div data-mesh-id="%sinlineContent-gridContainer" data-testid="mesh-container-content">'
            '<div id="%s-txt" class="HcOXKn SxM0TO QxJLC3 comp-txt wixui-rich-text" data-testid="richTextElement">%s</div>'
            '</div></div></div></div></section>' % (cid, cid, cid, cid, cid, cid, b))
    warm = json.dumps({"ssrInfo": {"renderTime": 412}, "siteAssets": {"siteScopeParams": {"language": site["lang"], "siteRevision": 311}},
                       "pages": {"pageId": pid, "pageUriSEO": path.strip("/") or "home"}}, separators=(",", ":"))
    vm = json.dumps({"site": {"metaSiteId": hid(site["domain"], "msid", n=8) + "-" + hid(site["domain"], "ms2", n=4), "isResponsive": True,
                             "siteDisplayName": site["name"], "externalBaseUrl": "https://www." + site["domain"]},
                    "requestUrl": "https://www.%s%s" % (site["domain"], path), "language": {"userLanguage": site["lang"]}}, ensure_ascii=False, separators=(",", ":"))
    nav = "".join('<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="%s" class="wixui-horizontal-menu__item-label"><span>%s</span></a></li>' % (h, l) for h, l in site["nav"])
    return """<!DOCTYPE html>
<html lang="%s" dir="ltr">
<head>
%s
<meta name="generator" content="Wix.com Website Builder">
<meta http-equiv="X-Wix-Meta-Site-Id" content="%s">
<link rel="preconnect" href="https://static.parastorage.com" crossorigin>
</head>
<body>
<script type="application/json" id="wix-warmup-data">%s</script>
<script>window.viewerModel = %s;</script>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<a class="LHrbPP" href="#PAGES_CONTAINER" data-testid="skipToContent">%s</a>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-hdr-logo" class="comp-logo" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><a href="/">%s</a></p></div>
<nav id="comp-menu" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">%s</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="%s" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc%s" class="Containerc%s SPY_vo">
%s
</div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div id="comp-ftr" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement">%s</div></div></footer>
</div></div></div></div>
%s
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7f8b2c4e.bundle.min.js" async></script>
</body>
</html>""" % (html_lang(site), head_common(site, path, title), hid(site["domain"], "x"), warm, vm, skip(site), site["name"], nav, pid, pid, pid,
             "\n".join(secs), site["footer"], cookie(site))


# ------------------------------------------------------------------ Squarespace
def squarespace(site, path, title, body):
    bl = []
    for i, b in enumerate(blocks(body)):
        yid = "yui_3_17_2_1_%s_%d" % (int(hid(site["domain"], path, str(i), n=9), 16), 1000 + i * 37)
        bl.append('<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="block-%s"><div class="sqs-block-content"><div class="sqs-html-content" data-sqsp-text-block-content>%s</div></div></div></div></div>' % (yid, b))
    ctx = json.dumps({"facebookAppId": "314192535267336", "rollups": {}, "pageType": 2, "website": {"id": hid(site["domain"], "w", n=24), "identifier": site["domain"].split(".")[0], "websiteType": 1,
                      "siteTitle": site["name"], "language": site.get("html_lang", site["lang"]), "timeZone": site.get("tz", "Europe/Paris")},
                      "collection": {"title": title, "id": hid(site["domain"], path, n=24), "fullUrl": path}, "templateId": "5c5a519771c10ba3470d8101"}, ensure_ascii=False, separators=(",", ":"))
    nav = "".join('<div class="header-nav-item header-nav-item--collection"><a href="%s" data-animation-role="header-element">%s</a></div>' % (h, l) for h, l in site["nav"])
    return """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="%s">
<head>
<!-- This is Squarespace. --><!-- %s -->
<base href="">
%s
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = %s;</script>
</head>
<body id="collection-%s" class="header-overlay-alignment-center tweak-social-icons-style-regular show-products-category-navigation primary-button-style-solid form-use-theme-colors header-button-style-outline collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<a href="#page" class="header-skip-link sqs-button-element--primary">%s</a>
<div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="&#123;&quot;layout&quot;:&quot;navRight&quot;&#125;"><div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">%s</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">%s</nav></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="%s">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="%s"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-%s">
%s
</div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">%s</div></div></div></div></div></div></div></section></footer>
</div>
<div class="sqs-cookie-banner-v2-container" data-nosnippet><div class="sqs-cookie-banner-v2"><p class="sqs-cookie-banner-v2-cta-message">%s</p><button class="sqs-cookie-banner-v2-accept">%s</button></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body>
</html>""" % (html_lang(site), "Static.SQUARESPACE_CONTEXT.website.id", head_common(site, path, title), ctx, hid(site["domain"], path, n=24), skip(site), site["name"], nav,
             hid(site["domain"], "ps", n=24), hid(site["domain"], path, "s", n=24), hid(site["domain"], path, "g", n=8), "\n".join(bl), site["footer"],
             COOKIE_TEXT[site["lang"]][1], COOKIE_TEXT[site["lang"]][2])


# ------------------------------------------------------------------------ Jimdo
def jimdo(site, path, title, body):
    mods = []
    for i, b in enumerate(blocks(body)):
        mid = int(hid(site["domain"], path, str(i), n=7), 16)
        kind = "j-header" if b.startswith("<h") else "j-text"
        mods.append('<div id="cc-m-%d" class="j-module n %s "><div id="cc-matrix-%d"><div class="cc-m-%s-content">%s</div></div></div>' % (mid, kind, mid + 1, "text" if kind == "j-text" else "header", b))
    data = json.dumps({"isTestserver": False, "isLcJimdoCom": False, "isJimdoHelpCenter": False, "isProtectedPage": False, "cstok": hid(site["domain"], "c", n=10),
                       "cacheJsKey": hid("jimdo", n=40), "cacheCssKey": hid("jimdocss", n=40), "cdnUrl": "https://assets.jimstatic.com/",
                       "minUrl": "https://assets.jimstatic.com/app/cdn/min/file/", "webPath": "https://www.%s/" % site["domain"],
                       "appPath": "https://a.jimdo.com/", "cmsLanguage": site["lang"], "serverRegion": "Europe", "isCookieNotificationEnabled": True,
                       "pageId": int(hid(site["domain"], path, n=7), 16), "pageTitle": title}, ensure_ascii=False, separators=(",", ":"))
    nav = "".join('<li class="jmd-nav__list-item-0%s"><a href="%s" data-link-title="%s">%s</a></li>' % (" cc-nav-current j-nav-current jmd-nav__item--current" if h == path else "", h, l, l) for h, l in site["nav"])
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
%s
<meta name="generator" content="Jimdo Creator">
<link href="https://assets.jimstatic.com/app/cdn/min/file/web/css/layout/creator.css" rel="stylesheet" type="text/css" media="all">
<script>var jimdoData = %s;</script>
</head>
<body class="body cc-page j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles j-m-emotionheader-styles j-m-htmlCode-styles j-m-rss-styles j-m-form-styles-disabled j-m-table-styles j-m-textWithImage-styles j-m-downloadDocument-styles j-m-imageSubtitle-styles j-m-flickr-styles j-m-googlemaps-styles j-m-blogSelection-styles-disabled j-m-comment-styles j-m-jimdo-styles j-m-profile-styles j-m-guestbook-styles j-m-promotion-styles j-m-twitter-styles j-m-hgrid-styles j-m-shoppingcart-styles j-m-catalog-styles j-m-product-styles-disabled j-m-facebook-styles j-m-sharebuttons-styles j-m-formnew-styles-disabled j-m-callToAction-styles j-m-turbo-styles j-m-spacing-styles j-m-googleplus-styles j-m-dummy-styles j-m-search-styles j-m-booking-styles j-m-socialprofiles-styles j-footer-styles cc-pagemode-default cc-content-parent" id="page-%s">
<div id="cc-inner" class="cc-content-parent"><a href="#content-anchor" class="skip-to-content">%s</a>
<div class="jtpl-main cc-content-parent"><div class="jtpl-header"><div class="jtpl-header__inner"><div class="jtpl-logo"><a href="/">%s</a></div>
<nav class="jtpl-navigation" data-dropdown="true"><div data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0">%s</ul></div></div></nav></div></div>
<div class="jtpl-content content-options cc-content-parent"><div class="jtpl-content__inner content-padding cc-content-parent"><div id="content-anchor"></div>
<div id="content_area" data-container="content"><div id="content_start"></div>
%s
</div></div></div>
<footer class="jtpl-footer footer-options"><div class="jtpl-footer__inner"><div id="contentfooter" data-container="footer"><div class="j-meta-links">%s</div>
<div class="j-admin-links"><span class="loggedin"><a rel="nofollow" id="logout" target="_top" href="https://cms.e.jimdo.com/app/cms/logout.php">%s</a></span></div></div></div></footer>
</div></div>
%s
<script src="https://assets.jimstatic.com/app/cdn/min/file/web/js/web.js" type="text/javascript"></script>
</body>
</html>""" % (html_lang(site), head_common(site, path, title), data, int(hid(site["domain"], path, n=7), 16), skip(site), site["name"], nav, "\n".join(mods), site["footer"], site.get("jimdo_logout", "Logout"), cookie(site))


# ---------------------------------------------------------------------- Webflow
def webflow(site, path, title, body):
    secs = []
    for i, b in enumerate(blocks(body)):
        secs.append('<div class="section-%s wf-section"><div class="w-layout-blockcontainer container-%d w-container"><div class="div-block-%d"><div class="rich-text-block w-richtext">%s</div></div></div></div>' % (["hero", "content", "content-alt"][min(i, 2)], 2 + i, 7 + i * 3, b))
    nav = "".join('<a href="%s" class="nav-link w-nav-link%s">%s</a>' % (h, " w--current" if h == path else "", l) for h, l in site["nav"])
    return """<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  --><!--  Last Published: Mon Sep 15 2025 08:12:44 GMT+0000 (Coordinated Universal Time)  -->
<html data-wf-domain="www.%s" data-wf-page="%s" data-wf-site="%s" lang="%s">
<head>
%s
<meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/%s/css/%s.webflow.shared.4b2e1f.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
</head>
<body class="body">
<a href="#main" class="skip-link">%s</a>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">%s</a><nav role="navigation" class="nav-menu w-nav-menu">%s</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main id="main" class="main-wrapper">
%s
</main>
<footer class="footer"><div class="w-layout-blockcontainer footer-container w-container"><div class="footer-grid w-layout-grid"><div id="w-node-%s" class="footer-block">%s</div></div></div></footer>
%s
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=%s" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/%s/js/webflow.5e7a1c2b.js" type="text/javascript"></script>
</body>
</html>""" % (site["domain"], hid(site["domain"], path, n=24), hid(site["domain"], n=24), html_lang(site), head_common(site, path, title), hid(site["domain"], n=24),
             site["domain"].split(".")[0], skip(site), site["name"], nav, "\n".join(secs), hid(site["domain"], "f", n=12) + "-" + hid(site["domain"], "g", n=8), site["footer"], cookie(site),
             hid(site["domain"], n=24), hid(site["domain"], n=24))


# ---------------------------------------------------------------------- Shopify
def shopify(site, path, title, body):
    secs = []
    for i, b in enumerate(blocks(body)):
        sid = "template--%d__%s" % (int(hid(site["domain"], path, n=8), 16), ["main", "rich_text_%s" % hid(site["domain"], str(i), n=6), "image_with_text"][min(i, 2)])
        secs.append('<section id="shopify-section-%s" class="shopify-section section"><div class="page-width page-width--narrow section-%s-padding"><div class="rte scroll-trigger animate--slide-in" data-cascade>%s</div></div></section>' % (sid, sid, b))
    shop = site.get("shop_handle", site["domain"].split(".")[0].replace("-", ""))
    meta = json.dumps({"page": {"pageType": "page" if path != "/" else "home", "resourceType": "page" if path != "/" else None, "resourceId": int(hid(site["domain"], path, n=8), 16)}}, separators=(",", ":"))
    app = site.get("shop_json", {"shop": {"name": site["name"], "currency": site.get("currency", "EUR"), "locale": site["lang"]}})
    nav = "".join('<li><a href="%s" class="header__menu-item list-menu__item link link--text focus-inset"%s><span>%s</span></a></li>' % (h, ' aria-current="page"' if h == path else "", l) for h, l in site["nav"])
    return """<!doctype html>
<html class="js" lang="%s">
<head>
%s
<link rel="canonical" href="https://%s%s">
<link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script>
<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/%d/digital_wallets/dialog">
<script async="async" src="/checkouts/internal/preloads.js?locale=%s-%s"></script>
<script id="shopify-features" type="application/json">{"accessToken":"%s","betas":["rich-media-storefront-analytics"],"domain":"%s","predictiveSearch":true,"shopId":%d,"locale":"%s"}</script>
<script>var Shopify = Shopify || {};Shopify.shop = "%s.myshopify.com";Shopify.locale = "%s";Shopify.currency = {"active":"%s","rate":"1.0"};Shopify.country = "%s";Shopify.theme = {"name":"Dawn","id":%d,"schema_name":"Dawn","schema_version":"15.2.0","theme_store_id":887,"role":"main"};Shopify.cdnHost = "%s/cdn";</script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {};window.ShopifyAnalytics.meta = %s;</script>
<script type="application/json" id="shop-app-state">%s</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>
<link href="//%s/cdn/shop/t/4/assets/base.css?v=%d" rel="stylesheet" type="text/css" media="all">
</head>
<body class="gradient animate--hover-default">
<a class="skip-to-content-link button visually-hidden" href="#MainContent">%s</a>
<div id="shopify-section-announcement-bar" class="shopify-section announcement-bar-section"><div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5"><span>%s</span></p></div></div></div></div>
<div id="shopify-section-sections--%d__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-account">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">%s</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">%s</ul></nav></header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
%s
</main>
<div id="shopify-section-sections--%d__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient section-sections--footer-padding"><div class="footer__content-top page-width"><div class="footer-block grid__item footer-block--menu scroll-trigger animate--slide-in"><div class="footer-block__details-content rte">%s</div></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2025, <a href="/" title="">%s</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small></div></div></div></footer></div>
%s
<script src="//%s/cdn/shop/t/4/assets/global.js?v=%d" defer="defer"></script>
</body>
</html>""" % (html_lang(site), head_common(site, path, title), site["domain"], path, int(hid(site["domain"], n=8), 16), site["lang"], site.get("cc_hint", "XX"),
             hid(site["domain"], "tok", n=32), site["domain"], int(hid(site["domain"], n=8), 16), site["lang"], shop, site["lang"], site.get("currency", "EUR"), site.get("cc_hint", "XX"),
             int(hid(site["domain"], "t", n=9), 16), site["domain"], meta, json.dumps(app, ensure_ascii=False, separators=(",", ":")), site["domain"], int(hid(site["domain"], "v", n=9), 16),
             skip(site), site.get("announce", ""), int(hid(site["domain"], "h", n=8), 16), site["name"], nav, "\n".join(secs),
             int(hid(site["domain"], "h", n=8), 16), site["footer"], site["name"], cookie(site), site["domain"], int(hid(site["domain"], "v", n=9), 16))


# ----------------------------------------------------------- WordPress + Elementor (+WooCommerce)
def elementor(site, path, title, body):
    pid = int(hid(site["domain"], path, n=4), 16)
    secs = []
    for i, b in enumerate(blocks(body)):
        e1, e2, e3 = hid(site["domain"], path, str(i), "s", n=7), hid(site["domain"], path, str(i), "c", n=7), hid(site["domain"], path, str(i), "w", n=7)
        wt = "heading" if b.startswith("<h") else "text-editor"
        secs.append('<section class="elementor-section elementor-top-section elementor-element elementor-element-%s elementor-section-boxed elementor-section-height-default" data-id="%s" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-%s" data-id="%s" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s" data-id="%s" data-element_type="widget" data-widget_type="%s.default"><div class="elementor-widget-container">%s</div></div></div></div></div></section>'
                    % (e1, e1, e2, e2, e3, wt, e3, wt, b))
    woo = site.get("woo", True)
    wc = ('<script type="text/javascript" id="wc-add-to-cart-js-extra">var wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%%%endpoint%%%%","i18n_view_cart":"%s","cart_url":"%s","is_cart":"","cart_redirect_after_add":"no"};</script>\n'
          '<script type="text/javascript" id="woocommerce-js-extra">var woocommerce_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%%%endpoint%%%%"};</script>' % (site.get("view_cart", "View cart"), site.get("cart_url", "/cart/"))) if woo else ""
    nav = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-post_type menu-item-object-page%s menu-item-%d"><a href="%s" class="elementor-item%s">%s</a></li>' % (100 + k, " current-menu-item page_item current_page_item" if h == path else "", 100 + k, h, " elementor-item-active" if h == path else "", l) for k, (h, l) in enumerate(site["nav"]))
    ekit = json.dumps({"ajaxurl": "/wp-admin/admin-ajax.php", "nonce": hid(site["domain"], "nonce", n=10), "urls": {"assets": "/wp-content/plugins/elementor/assets/"},
                       "settings": {"page": [], "editorPreferences": []}, "kit": {"active_breakpoints": ["viewport_mobile", "viewport_tablet"], "global_image_lightbox": "yes"},
                       "post": {"id": pid, "title": title, "excerpt": "", "featuredImage": False}}, ensure_ascii=False, separators=(",", ":"))
    return """<!doctype html>
<html lang="%s">
<head>
%s
<meta name="generator" content="WordPress 6.6.2">
%s
<meta name="generator" content="Elementor 3.24.5; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.5' media='all' />
<link rel="https://api.w.org/" href="/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="/wp-json/wp/v2/pages/%d" />
</head>
<body class="page-template page-template-elementor_header_footer page page-id-%d wp-custom-logo wp-embed-responsive theme-hello-elementor%s elementor-default elementor-template-full-width elementor-kit-6 elementor-page elementor-page-%d">
<a class="skip-link screen-reader-text" href="#content">%s</a>
<div data-elementor-type="header" data-elementor-id="27" class="elementor elementor-27 elementor-location-header" data-elementor-post-type="elementor_library"><section class="elementor-section elementor-top-section elementor-element elementor-element-4e1c2a7 elementor-section-boxed" data-id="4e1c2a7" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-1b2f0d3" data-id="1b2f0d3" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-element-9a0d5c1 elementor-widget elementor-widget-theme-site-title elementor-widget-heading" data-id="9a0d5c1" data-element_type="widget" data-widget_type="theme-site-title.default"><div class="elementor-widget-container"><p class="elementor-heading-title elementor-size-default"><a href="/">%s</a></p></div></div></div></div>
<div class="elementor-column elementor-col-66 elementor-top-column elementor-element elementor-element-77c1a0e" data-id="77c1a0e" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-element-2d6c3b8 elementor-nav-menu__align-end elementor-widget elementor-widget-nav-menu" data-id="2d6c3b8" data-element_type="widget" data-settings="{&quot;layout&quot;:&quot;horizontal&quot;}" data-widget_type="nav-menu.default"><div class="elementor-widget-container"><nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul id="menu-1-2d6c3b8" class="elementor-nav-menu">%s</ul></nav></div></div></div></div></div></section></div>
<main id="content" class="site-main post-%d page type-page status-publish hentry">
<div data-elementor-type="wp-page" data-elementor-id="%d" class="elementor elementor-%d" data-elementor-post-type="page">
%s
</div>
</main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer" data-elementor-post-type="elementor_library"><section class="elementor-section elementor-top-section elementor-element elementor-element-61f0b2e elementor-section-boxed" data-id="61f0b2e" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-0c9e7d1" data-id="0c9e7d1" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-element-5ba3e90 elementor-widget elementor-widget-text-editor" data-id="5ba3e90" data-element_type="widget" data-widget_type="text-editor.default"><div class="elementor-widget-container">%s</div></div></div></div></div></section></div>
%s
%s
<script id="elementor-frontend-js-before">var elementorFrontendConfig = %s;</script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.5" id="elementor-frontend-js"></script>
</body>
</html>""" % (html_lang(site), head_common(site, path, title), '<meta name="generator" content="WooCommerce 9.3.3">' if woo else "", pid, pid,
             " theme-hello-elementor woocommerce-js woocommerce-page" if woo else "", pid, skip(site), site["name"], nav, pid, pid, pid, "\n".join(secs), site["footer"],
             cookie(site), wc, ekit)


# ------------------------------------------------------------------ WordPress + Divi
def divi(site, path, title, body):
    pid = int(hid(site["domain"], path, n=4), 16)
    secs = []
    for i, b in enumerate(blocks(body)):
        secs.append('<div class="et_pb_section et_pb_section_%d et_section_regular"><div class="et_pb_row et_pb_row_%d"><div class="et_pb_column et_pb_column_4_4 et_pb_column_%d  et_pb_css_mix_blend_mode_passthrough et-last-child"><div class="et_pb_module et_pb_text et_pb_text_%d  et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">%s</div></div></div></div></div>' % (i, i, i, i, b))
    nav = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-post_type menu-item-object-page%s menu-item-%d"><a href="%s">%s</a></li>' % (200 + k, " current-menu-item" if h == path else "", 200 + k, h, l) for k, (h, l) in enumerate(site["nav"]))
    return """<!DOCTYPE html>
<html lang="%s">
<head>
%s
<meta name="generator" content="WordPress 6.5.5">
<meta content="Divi v.4.27.1" name="generator"/>
<script type="text/javascript">let jqueryParams=[],jQuery=function(r){return jqueryParams=[...jqueryParams,r],jQuery},$=function(r){return jqueryParams=[...jqueryParams,r],$};window.jQuery=jQuery,window.$=jQuery;</script>
<link rel='stylesheet' id='divi-style-parent-inline-inline-css' href='/wp-content/themes/Divi/style-static.min.css?ver=4.27.1' type='text/css' media='all' />
</head>
<body class="page-template-default page page-id-%d et_pb_button_helper_class et_fullwidth_nav et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_secondary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_pb_gutters3 et_pb_pagebuilder_layout et_no_sidebar et_divi_theme et-db">
<a class="skip-link screen-reader-text" href="#main-content">%s</a>
<div id="page-container">
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span><a href="/"><span id="logo-text">%s</span></a></div>
<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">%s</ul></nav><div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Menu</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-%d" class="post-%d page type-page status-publish hentry"><div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
%s
</div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><div id="text-2" class="fwidget et_pb_widget widget_text"><div class="textwidget">%s</div></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><div id="footer-info">%s</div></div></div></footer>
</div></div>
%s
<script type="text/javascript" id="divi-custom-script-js-extra">var DIVI = {"item_count":"%%d Item","items_count":"%%d Items"};var et_builder_utils_params = {"condition":{"diviTheme":true,"extraTheme":false},"scrollLocations":["app","top"],"builderScrollLocations":{"desktop":"app","tablet":"app","phone":"app"},"onloadScrollLocation":"app","builderType":"fe"};var et_frontend_scripts = {"builderCssContainerPrefix":"#et-boc","builderCssLayoutPrefix":"#et-boc .et-l"};var et_pb_custom = {"ajaxurl":"\\/wp-admin\\/admin-ajax.php","images_uri":"\\/wp-content\\/themes\\/Divi\\/images","page_id":"%d","is_divi_theme_used":"1"};</script>
<script type="text/javascript" src="/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.1" id="divi-custom-script-js"></script>
</body>
</html>""" % (html_lang(site), head_common(site, path, title), pid, skip(site), site["name"], nav, pid, pid, "\n".join(secs), site["footer"],
             site.get("footer_bottom", "Designed by <a href=\"https://www.elegantthemes.com\" title=\"Premium WordPress Themes\">Elegant Themes</a> | Powered by <a href=\"https://www.wordpress.org\">WordPress</a>"),
             cookie(site), pid)


# ------------------------------------------------------------------------ TYPO3
def typo3(site, path, title, body):
    ces = []
    for i, b in enumerate(blocks(body)):
        uid = int(hid(site["domain"], path, str(i), n=4), 16) % 9000 + 100
        ces.append('<div id="c%d" class="frame frame-default frame-type-text frame-layout-0 frame-space-before-none frame-space-after-medium"><a id="c%d"></a>%s</div>' % (uid, uid + 1, b))
    nav = "".join('<li class="nav-item%s"><a class="nav-link" href="%s" title="%s"%s><span class="nav-link-text">%s</span></a></li>' % (" active" if h == path else "", h, l, ' aria-current="page"' if h == path else "", l) for h, l in site["nav"])
    return """<!DOCTYPE html>
<html dir="ltr" lang="%s">
<head>

<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2025 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

%s
<meta name="generator" content="TYPO3 CMS">
<meta name="twitter:card" content="summary">
<link rel="stylesheet" href="/typo3conf/ext/sitepackage/Resources/Public/Css/main.min.css?1712745112" media="all">
%s
</head>
<body id="p%d" class="page-%d pagelevel-1 language-0 backendlayout-default layout-default">
<div class="body-bg"><a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>%s</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top"><div class="container"><a class="navbar-brand navbar-brand-image" title="%s" href="/"><span class="navbar-brand-text">%s</span></a>
<nav aria-label="Hauptnavigation" id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav">%s</ul></nav></div></header>
<div id="page-content" class="bp-page-content main-section"><!--TYPO3SEARCH_begin--><div class="section section-default"><div class="container">
%s
</div></div><!--TYPO3SEARCH_end--></div>
<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container"><div class="section-row"><div class="section-column footer-section-content-column footer-section-content-column-left">%s</div></div></div></section></footer>
</div>
%s
<script src="/typo3temp/assets/compressed/merged-%s-min.js?1712745113"></script>
</body>
</html>""" % (html_lang(site), head_common(site, path, title), site.get("typo3_extra", ""), int(hid(site["domain"], path, n=3), 16), int(hid(site["domain"], path, n=3), 16),
             skip(site), site["name"], site["name"], nav, "\n".join(ces), site["footer"], cookie(site), hid(site["domain"], n=32))


# ----------------------------------------------------------------------- Joomla
def joomla(site, path, title, body):
    opts = json.dumps({"joomla.jtext": {"ERROR": "Error", "MESSAGE": "Message", "JCLOSE": "Close"}, "system.paths": {"root": "", "rootFull": "https://www.%s/" % site["domain"], "base": "", "baseFull": "https://www.%s/" % site["domain"]},
                       "csrf.token": hid(site["domain"], "csrf", n=32), "system.keepalive": {"interval": 840000, "uri": "/index.php?option=com_ajax&amp;format=json"}}, separators=(",", ":"))
    items = "\n".join('<div class="com-content-article__body-part">%s</div>' % b for b in blocks(body))
    nav = "".join('<li class="nav-item item-%d%s"><a href="%s"%s>%s</a></li>' % (101 + k, " current active" if h == path else "", h, ' aria-current="page"' if h == path else "", l) for k, (h, l) in enumerate(site["nav"]))
    return """<!DOCTYPE html>
<html lang="%s" dir="ltr">
<head>
%s
<meta name="generator" content="Joomla! - Open Source Content Management">
<link href="/media/templates/site/cassiopeia/css/template.min.css?%s" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">%s</script>
<script src="/media/system/js/core.min.js?%s"></script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-%d has-sidebar-right">
<a class="skip-link visually-hidden-focusable" href="#content">%s</a>
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="%s">%s</span></a></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false"><span class="icon-menu" aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">%s</ul></div></nav></div></header>
<div class="site-grid"><div class="grid-child container-component"><main id="content">
<div id="system-message-container" aria-live="polite"></div>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="%s"><div class="page-header"><h1 itemprop="headline">%s</h1></div>
<div itemprop="articleBody" class="com-content-article__body">
%s
</div></div>
</main></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="moduletable "><div id="mod-custom%d" class="mod-custom custom">%s</div></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
%s
</body>
</html>""" % (html_lang(site), head_common(site, path, title), hid(site["domain"], "v", n=10), opts, hid(site["domain"], "c", n=10), 101 + int(hid(path, n=2), 16) % 20,
             skip(site), site["name"], site["name"], nav, site.get("html_lang", site["lang"]), title, items, 90 + len(site["domain"]), site["footer"], cookie(site))


# ----------------------------------------------------------------------- Drupal
def drupal(site, path, title, body):
    settings = json.dumps({"path": {"baseUrl": "/", "pathPrefix": site.get("path_prefix", ""), "currentPath": "node/%d" % (int(hid(site["domain"], path, n=3), 16)), "currentPathIsAdmin": False,
                                    "isFront": path == "/", "currentLanguage": site.get("html_lang", site["lang"])}, "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
                           "ajaxTrustedUrl": {}, "user": {"uid": 0, "permissionsHash": hid(site["domain"], "perm", n=64)}}, separators=(",", ":"))
    paras = "\n".join('<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">%s</div></div>' % b for b in blocks(body))
    nav = "".join('<li class="menu__item menu__item--level-1%s"><a href="%s" class="menu__link menu__link--level-1%s" data-drupal-link-system-path="node/%d">%s</a></li>' % (" menu__item--active-trail" if h == path else "", h, " is-active" if h == path else "", 10 + k, l) for k, (h, l) in enumerate(site["nav"]))
    return """<!DOCTYPE html>
<html lang="%s" dir="ltr">
<head>
%s
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?delta=0&amp;language=%s&amp;theme=olivero&amp;include=eJxdj">
</head>
<body class="path-%s">
<a href="#main-content" class="visually-hidden focusable skip-link">%s</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container"><div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">%s</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons"></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">%s</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1></div></div>
<main role="main"><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="%d" class="node node--type-page node--view-mode-full"><div class="node__content"><div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">
%s
</div></div></article>
</div></div></div></main></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full layout--pass--content-medium"><div class="region--footer_top__inner"><div id="block-olivero-footerinfo" class="block block-block-content block-block-content%s"><div class="block__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div></div></div></div></div></div></footer>
</div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>
%s
<script src="/sites/default/files/js/js_%s.js?scope=footer&amp;delta=0&amp;language=%s&amp;theme=olivero"></script>
</body>
</html>""" % (html_lang(site), head_common(site, path, title), hid(site["domain"], "css", n=43), site.get("html_lang", site["lang"]), "frontpage" if path == "/" else "node",
             skip(site), site["name"], nav, title, int(hid(site["domain"], path, n=3), 16), paras, hid(site["domain"], "blk", n=36), site["footer"], settings,
             cookie(site), hid(site["domain"], "js", n=43), site.get("html_lang", site["lang"]))


# ------------------------------------------------------------------- PrestaShop
def prestashop(site, path, title, body):
    ps = json.dumps({"cart": {"products": [], "totals": {"total": {"type": "total", "label": "Total", "amount": 0, "value": "0,00\u00a0\u20ac"}}, "products_count": 0},
                     "currency": {"id": 1, "name": "Euro", "iso_code": "EUR", "sign": "\u20ac"}, "customer": {"lastname": None, "firstname": None, "is_logged": False},
                     "language": {"name": site.get("ps_lang_name", site["lang"]), "iso_code": site["lang"], "locale": site.get("html_lang", site["lang"]), "is_rtl": "0"},
                     "page": {"title": "", "canonical": None, "meta": {"title": title}, "page_name": "index" if path == "/" else "cms", "body_classes": {"lang-" + site["lang"]: True}},
                     "shop": {"name": site["name"], "logo": "/img/logo-%s.jpg" % hid(site["domain"], n=10)}, "urls": {"base_url": "https://www.%s/" % site["domain"]},
                     "configuration": {"display_taxes_label": True, "is_catalog": False, "number_of_days_for_new_product": 20}}, ensure_ascii=False, separators=(",", ":"))
    secs = "\n".join('<div class="cms-block"><div class="rte-content">%s</div></div>' % b for b in blocks(body))
    nav = "".join('<li class="category" id="cms-page-%d"><a class="dropdown-item" href="%s" data-depth="0">%s</a></li>' % (k + 1, h, l) for k, (h, l) in enumerate(site["nav"]))
    return """<!doctype html>
<html lang="%s">
<head>
%s
<link rel="stylesheet" href="https://www.%s/themes/classic/assets/cache/theme-%s.css" type="text/css" media="all">
<script type="text/javascript">var prestashop = %s;var psemailsubscription_subscription = "https:\\/\\/www.%s\\/module\\/ps_emailsubscription\\/subscription";</script>
</head>
<body id="%s" class="lang-%s country-%s currency-eur layout-full-width page-%s tax-display-enabled">
<main>
<header id="header"><nav class="header-nav"><div class="container"><div class="row"><div class="hidden-sm-down"><div class="col-md-5 col-xs-12"><div id="_desktop_contact_link"><div id="contact-link">%s</div></div></div>
<div class="col-md-7 right-nav"><div id="_desktop_user_info"><div class="user-info"><a href="/mon-compte" rel="nofollow"><i class="material-icons">&#xE7FF;</i><span class="hidden-sm-down">%s</span></a></div></div><div id="_desktop_cart"><div class="blockcart cart-preview inactive" data-refresh-url="//www.%s/module/ps_shoppingcart/ajax"><div class="header"><span class="hidden-sm-down">%s</span><span class="cart-products-count">(0)</span></div></div></div></div></div></div></div></nav>
<div class="header-top"><div class="container"><div class="row"><div class="col-md-2 hidden-sm-down" id="_desktop_logo"><h1><a href="/"><span class="logo img-fluid">%s</span></a></h1></div>
<div class="header-top-right col-md-10 col-sm-12 position-static"><div class="menu js-top-menu position-static hidden-sm-down" id="_desktop_top_menu"><ul class="top-menu" id="top-menu" data-depth="0">%s</ul></div></div></div></div></div></header>
<section id="wrapper"><div class="container"><nav data-depth="1" class="breadcrumb hidden-sm-down"><ol><li><a href="/"><span>%s</span></a></li></ol></nav>
<div id="content-wrapper" class="js-content-wrapper"><section id="main"><header class="page-header"><h1>%s</h1></header>
<section id="content" class="page-content page-cms page-cms-%d">
%s
</section></section></div></div></section>
<footer id="footer" class="js-footer"><div class="container"><div class="row"><div class="block-contact col-md-3 links wrapper"><div class="hidden-sm-down"><p class="h4 text-uppercase block-contact-title">%s</p>%s</div></div></div>
<div class="row"><div class="col-md-12"><p class="text-sm-center"><a href="https://www.prestashop-project.org/" target="_blank" rel="noopener noreferrer nofollow">%s</a></p></div></div></div></footer>
</main>
%s
<script type="text/javascript" src="https://www.%s/themes/core.js"></script>
</body>
</html>""" % (html_lang(site), head_common(site, path, title), site["domain"], hid(site["domain"], n=6), ps, site["domain"], "index" if path == "/" else "cms", site["lang"],
             site.get("ps_country", "1"), "index" if path == "/" else "cms", site.get("ps_contact", ""), site.get("ps_login", "Connexion"), site["domain"], site.get("ps_cart", "Panier"), site["name"], nav, site.get("ps_home", "Accueil"),
             title, int(hid(site["domain"], path, n=2), 16) % 20 + 1, secs, site.get("ps_store_info", "Informations"), site["footer"], site.get("ps_powered", "Boutique en ligne créée avec PrestaShop"), cookie(site), site["domain"])


# ------------------------------------------------------------------------ Odoo
def odoo(site, path, title, body):
    secs = "\n".join('<section class="s_text_block o_cc o_cc1 pt40 pb40 o_colored_level" data-snippet="s_text_block" data-name="Text"><div class="s_allow_columns container"><div class="row"><div class="col-lg-12 o_colored_level">%s</div></div></section>' % b for b in blocks(body))
    sess = json.dumps({"is_admin": False, "is_system": False, "is_website_user": True, "user_id": False, "is_frontend": True, "profile_session": None, "profile_collectors": None,
                       "profile_params": None, "show_effect": True, "currencies": {"1": {"symbol": "\u20ac", "position": "after", "digits": [69, 2]}}, "bundle_params": {"lang": site.get("odoo_lang", site["lang"])},
                       "websocket_worker_version": "17.0-3", "translationURL": "/website/translations", "cache_hashes": {"translations": hid(site["domain"], "tr", n=40)},
                       "geoip_country_code": None, "geoip_phone_code": None, "lang_url_code": site["lang"]}, separators=(",", ":"))
    nav = "".join('<li class="nav-item"><a role="menuitem" href="%s" class="nav-link%s"><span>%s</span></a></li>' % (h, " active" if h == path else "", l) for h, l in site["nav"])
    return """<!DOCTYPE html>
<html lang="%s" data-website-id="1" data-main-object="website.page(%d,)" data-add2cart-redirect="1">
<head>
%s
<meta name="generator" content="Odoo">
<link type="text/css" rel="stylesheet" href="/web/assets/1/%s/web.assets_frontend.min.css">
<script id="web.layout.odooscript" type="text/javascript">var odoo = {csrf_token: "%s", debug: "", };</script>
<script type="text/javascript">odoo.__session_info__ = %s;</script>
<script type="text/javascript" defer="defer" src="/web/assets/1/%s/web.assets_frontend_minimal.min.js" onerror="__odooAssetError=1"></script>
</head>
<body>
<div id="wrapwrap" class="   ">
<a class="o_skip_to_content btn btn-primary rounded-0 visually-hidden-focusable position-absolute start-0" href="#wrap">%s</a>
<header id="top" data-anchor="true" data-name="Header" data-extra-items-toggle-aria-label="Extra items button" class="   o_header_standard" style=" "><nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc d-none d-lg-block shadow-sm "><div id="o_main_nav" class="o_main_nav container"><a data-name="Navbar Logo" href="/" class="navbar-brand logo me-4"><span role="img" aria-label="Logo of %s" title="%s">%s</span></a>
<ul id="top_menu" role="menu" class="nav navbar-nav top_menu o_menu_loading me-auto">%s</ul></div></nav></header>
<main><div id="wrap" class="oe_structure oe_empty">
%s
</div></main>
<footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc "><div id="footer" class="oe_structure oe_structure_solo"><section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Text"><div class="container"><div class="row"><div class="col-lg-12 pt24 pb24">%s</div></div></div></section></div>
<div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright"><div class="container py-3"><div class="row"><div class="col-sm text-center text-sm-start text-muted"><span class="o_footer_copyright_name me-2">Copyright &copy; %s</span></div><div class="col-sm text-center text-sm-end o_not_editable"><div class="o_brand_promotion">Powered by <a target="_blank" class="badge text-bg-light" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website"><img alt="Odoo" src="/web/static/img/odoo_logo_tiny.png" width="62" height="20" style="width: auto; height: 1em; vertical-align: baseline;"></a> - %s</div></div></div></div></div></footer>
</div>
%s
</body>
</html>""" % (html_lang(site), int(hid(site["domain"], path, n=2), 16) % 40 + 2, head_common(site, path, title), hid(site["domain"], "a", n=7), hid(site["domain"], path, "csrf", n=40) + "o" + hid(path, n=10),
             sess, hid(site["domain"], "b", n=7), skip(site), site["name"], site["name"], site["name"], nav, secs, site["footer"], site.get("odoo_copyright", site["name"]),
             site.get("odoo_promo", "The #1 <a target=\"_blank\" href=\"http://www.odoo.com/app/ecommerce?utm_source=db&amp;utm_medium=website\">Open Source eCommerce</a>"), cookie(site))


# ---------------------------------------------------------------------- HubSpot
def hubspot(site, path, title, body):
    rows = []
    for i, b in enumerate(blocks(body)):
        wid = "widget_%d" % (int(hid(site["domain"], path, str(i), n=11), 16))
        rows.append('<div class="row-fluid-wrapper row-depth-1 row-number-%d dnd-section"><div class="row-fluid "><div class="span12 widget-span widget-type-cell dnd-column" style="" data-widget-type="cell" data-x="0" data-w="12"><div class="row-fluid-wrapper row-depth-1 row-number-%d dnd-row"><div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12"><div id="hs_cos_wrapper_%s" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_%s_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">%s</span></div></div></div></div></div></div></div>' % (i * 2 + 1, i * 2 + 2, wid, wid, b))
    portal = int(hid(site["domain"], "portal", n=6), 16)
    hsvars = json.dumps({"render_id": hid(site["domain"], path, "r", n=8) + "-" + hid(path, n=4), "ticks": 1757921000000, "page_id": int(hid(site["domain"], path, n=10), 16), "content_group_id": 0,
                         "portal_id": portal, "app_hs_base_url": "https://app-eu1.hubspot.com", "cp_hs_base_url": "https://cp-eu1.hubspot.com", "language": site.get("html_lang", site["lang"]),
                         "analytics_page_type": "landing-page" if path == "/" else "standard-page", "scp_content_type": "", "category_id": 1, "folder_id": 0, "is_hubspot_user": False}, separators=(",", ":"))
    nav = "".join('<li class="hs-menu-item hs-menu-depth-1%s" role="none"><a href="%s" role="menuitem">%s</a></li>' % (" active active-branch" if h == path else "", h, l) for h, l in site["nav"])
    return """<!doctype html><html lang="%s"><head>
%s
<meta name="generator" content="HubSpot">
<link rel="stylesheet" href="//%d.fs1.hubspotusercontent-eu1.net/hubfs/%d/hub_generated/template_assets/1/%d/1724401212345/template_main.min.css">
<script>var hsVars = %s;</script>
</head>
<body>
<div class="body-wrapper   hs-content-id-%d hs-site-page page ">
<a href="#main-content" class="skip-to-content">%s</a>
<div data-global-resource-path="theme/templates/partials/header.html"><header class="header"><div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo_hs_logo_widget">%s</a></span></div></div>
<div class="header__menu header__menu--desktop"><div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list" role="menu">%s</ul></nav></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--home"><div class="row-fluid-wrapper"><div class="row-fluid"><div class="span12 widget-span widget-type-cell " style="" data-widget-type="cell" data-x="0" data-w="12">
%s
</div></div></div></div></main>
<div data-global-resource-path="theme/templates/partials/footer.html"><footer class="footer"><div class="container-fluid footer__container content-wrapper"><div class="row-fluid-wrapper"><div class="row-fluid"><div class="span12 widget-span widget-type-cell" data-widget-type="cell" data-x="0" data-w="12"><div id="hs_cos_wrapper_footer_text" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">%s</span></div></div></div></div></div></footer></div>
</div>
%s
<!-- Start of HubSpot Embed Code -->
<script type="text/javascript" id="hs-script-loader" async defer src="//js-eu1.hs-scripts.com/%d.js"></script>
<!-- End of HubSpot Embed Code -->
<script>var _hsq = _hsq || [];_hsq.push(["setContentType", "standard-page"]);_hsq.push(["setCanonicalUrl", "https:\\/\\/www.%s%s"]);_hsq.push(["setPageId", "%d"]);_hsq.push(["setContentMetadata", {"contentPageId": %d,"legacyPageId": "%d","contentFolderId": null,"contentGroupId": null,"abTestId": null,"languageVariantId": %d,"languageCode": "%s","contentPageId2": null}]);</script>
</body></html>""" % (html_lang(site), head_common(site, path, title), portal, portal, 90000000000 + portal, hsvars, int(hid(site["domain"], path, n=10), 16), skip(site),
                     site["name"], nav, "\n".join(rows), site["footer"], COOKIE["hubspot"](dict(site, cookie_text=COOKIE_TEXT[site["lang"]])), portal, site["domain"], path,
                     int(hid(site["domain"], path, n=10), 16), int(hid(site["domain"], path, n=10), 16), int(hid(site["domain"], path, n=10), 16), int(hid(site["domain"], path, n=10), 16), site.get("html_lang", site["lang"]))


# ------------------------------------------------------------------------- Duda
def duda(site, path, title, body):
    els = []
    for i, b in enumerate(blocks(body)):
        did = int(hid(site["domain"], path, str(i), n=6), 16)
        els.append('<div class="dmRespRow" id="%d" style="text-align: center;"><div class="dmRespColsWrapper" id="%d"><div class="dmRespCol large-12 medium-12 small-12" id="%d"><div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="%d" style="transition: none 0s ease 0s; text-align: left; display: block;">%s</div></div></div></div>' % (did, did + 1, did + 2, did + 3, b))
    rt = json.dumps({"currentFormLanguage": site.get("html_lang", site["lang"]).split("-")[0], "currentLanguage": site.get("html_lang", site["lang"]).replace("-", "_")}, separators=(",", ":"))
    sp = json.dumps({"siteAlias": hid(site["domain"], "alias", n=8), "pageAlias": (path.strip("/") or "home").replace("/", "-"), "isPublished": True, "accountName": site.get("duda_account", "SiteWorks"),
                     "siteName": site["name"], "premiumSite": True}, ensure_ascii=False, separators=(",", ":"))
    nav = "".join('<li class="unifiednav__item-wrap" data-depth="0"><a href="%s" class="unifiednav__item %s" target="" data-target-page-alias=""><span class="nav-item-text" data-link-text="%s" data-auto="page-text-style">%s<span class="icon icon-angle-down"></span></span></a></li>' % (h, "dmNavItemSelected" if h == path else "", l, l) for h, l in site["nav"])
    return """<!DOCTYPE html>
<html lang="%s" class="">
<head>
%s
<script type="text/javascript">window._currentDevice = 'desktop';window.Parameters = window.Parameters || {HomeUrl: 'https://www.%s/', AccountUUID: '%s', SystemID: 'EU_PRODUCTION', SiteAlias: '%s', SiteType: atob('RFVEQU9ORQ=='), PublicationDate: 'Wed Aug 13 09:14:27 UTC 2025', ExternalUid: null, IsSiteMultilingual: false, InitialPostAlias: '', InitialPageAlias: '%s', InitialPageId: '%d', InitialEncodedPageAlias: '', CurrentPageUrl: '', IsCurrentHomePage: %s, AllowAjax: false, AfterAjaxCommandQueue: [], AfterAjaxCommandQueue_post: []};</script>
<script>var rtCommonProps = %s;window.dmAPI = window.dmAPI || {};var _dm_site_props = %s;</script>
<link rel="stylesheet" type="text/css" href="https://static.cdn-website.com/mnlt/production/5733/_dm/s/rt/dist/css/d-css-runtime-desktop-one-package-structured-global.min.css">
</head>
<body id="dmRoot" data-page-alias="%s" class="dmRoot dmDesktopBody fix-mobile-scrolling addCanvasBorder dmResellerSite dmLargeBody responsiveTablet " style="padding:0;margin:0;">
<a class="skip-link" href="#dmFirstContainer">%s</a>
<div id="dm" class='dmwr'><div class="dm_wrapper standard-var5 widgetStyle-3 standard"><div dmwrapped="true" id="1901957768" class="dm-home-page" themewaschanged="true"><div dmtemplateid="Hamburger" class="runtime-module-container dm-bfs dm-layout-home hasAnimations rows-1200 hamburger-reverse dmPageBody d-page-1716942098 inputs-css-clean dmFreeHeader" id="dm-outer-wrapper" data-page-class="1716942098" data-soch="true" data-background-parallax-selector=".dmHomeSection1, .dmSectionParallex">
<div id="dmStyle_outerContainer" class="dmOuter"><div id="dmStyle_innerContainer" class="dmInner"><div class="dmLayoutWrapper standard-var dmStandardDesktop"><div id="site_content">
<div class="dmHeaderContainer fHeader d-header-wrapper"><div id="hcontainer" class="u_hcontainer dmHeader p_hfcontainer" freeheader="true" headerlayout="b58ba5b5703b4cd7b5f5f7951565dc87===horizontal-layout-5" data-scrollable-target="body" data-scrollable-target-threshold="1" data-scroll-responder-id="1"><div dm:templateorder="85" class="dmHeaderResp dmHeaderStack noSwitch" id="1709005236"><div class="u_1290598497 dmRespRow dmDefaultListContentRow" id="1290598497"><div class="dmRespColsWrapper" id="1524436361"><div class="u_1743066453 dmRespCol small-12 medium-4 large-4" id="1743066453"><div class="u_1130442513 dmNewParagraph" data-element-type="paragraph" id="1130442513"><p><a href="/">%s</a></p></div></div><div class="dmRespCol small-12 medium-8 large-8" id="1855617380"><nav class="u_1462218963 effect-bottom2 main-navigation unifiednav dmLinksMenu" role="navigation" layout-main="horizontal_nav_layout_2" data-show-vertical-sub-items="HOVER" id="1462218963" dmle_extension="onelinksmenu" data-element-type="onelinksmenu" data-logo-src="" alt="" data-nav-structure="HORIZONTAL" wr="true" icon="true" surround="true" adwords="" navigation-id="unifiedNav"><ul role="menubar" class="unifiednav__container" data-auto="navigation-pages">%s</ul></nav></div></div></div></div></div></div>
<div class="stickyHeaderSpacer" id="stickyHeaderSpacer" data-new="true"></div>
<div dmwrapped="true" id="dmFirstContainer" class="dmBody u_dmStyle_template_%s dm-home-page" template_id="%s"><div id="allWrapper" class="allWrapper"><div id="dm_content" class="dmContent" role="main"><div dm:templateorder="170" class="dmHomeRespTmpl mainBorder dmRespRowsWrapper dmFullRowRespTmpl" id="%d">
%s
</div></div></div></div>
<div class="dmFooterContainer"><div id="fcontainer" class="u_fcontainer f_hcontainer dmFooter p_hfcontainer"><div dm:templateorder="250" class="dmFooterResp generalFooter" id="1943048428"><div class="dmRespRow" id="1020987651"><div class="dmRespColsWrapper" id="1531412298"><div class="dmRespCol large-12 medium-12 small-12" id="1802745331"><div class="dmNewParagraph" data-element-type="paragraph" id="1479839201">%s</div></div></div></div></div></div></div>
</div></div></div></div></div></div></div>
%s
<script type="text/javascript" id="d-js-core" src="https://static.cdn-website.com/mnlt/production/5733/_dm/s/rt/dist/scripts/d-js-one-runtime-unified-desktop.min.js"></script>
</body>
</html>""" % (html_lang(site), head_common(site, path, title), site["domain"], hid(site["domain"], "acc", n=8) + "-" + hid(site["domain"], "acc2", n=4), hid(site["domain"], "alias", n=8),
             (path.strip("/") or "home").replace("/", "-"), int(hid(site["domain"], path, n=8), 16), "true" if path == "/" else "false", rt, sp, (path.strip("/") or "home").replace("/", "-"),
             skip(site), site["name"], nav, (path.strip("/") or "home").replace("/", "-"), (path.strip("/") or "home").replace("/", "-"),
             int(hid(site["domain"], path, "t", n=8), 16), "\n".join(els), site["footer"], cookie(site))


TEMPLATES = {
    "wix": wix, "squarespace": squarespace, "jimdo": jimdo, "webflow": webflow, "shopify": shopify, "elementor": elementor,
    "divi": divi, "typo3": typo3, "joomla": joomla, "drupal": drupal, "prestashop": prestashop, "odoo": odoo, "hubspot": hubspot, "duda": duda,
}


def render(site, path, title, body):
    return TEMPLATES[site["tpl"]](site, path, title, body)
