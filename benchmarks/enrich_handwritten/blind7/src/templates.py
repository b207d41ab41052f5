"""Page templates for the blind7 corpus: CMS / site-builder families and cookie banners.

Each family is a function render(ctx) -> str, where ctx is a dict with:
  site, path, title, body, lang (html lang attribute), nav, footer, head (extra head html), brand.
"""
import json
import zlib
import html as _html

esc = _html.escape


# ---------------------------------------------------------------- cookie banners
def cookie_html(kind, lang):
    t = {
        "de": ("Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten.", "Alle akzeptieren", "Nur essenzielle"),
        "fr": ("Nous utilisons des cookies pour améliorer votre expérience de navigation.", "Tout accepter", "Refuser"),
        "it": ("Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione.", "Accetta", "Rifiuta"),
        "es": ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Aceptar", "Rechazar"),
        "ca": ("Utilitzem galetes pròpies i de tercers per millorar els nostres serveis.", "Acceptar", "Rebutjar"),
        "nl": ("Wij gebruiken cookies om onze website goed te laten werken.", "Accepteren", "Weigeren"),
        "pt": ("Utilizamos cookies para melhorar a sua experiência.", "Aceitar", "Rejeitar"),
        "pl": ("Ta strona korzysta z plików cookies.", "Akceptuję", "Odrzuć"),
        "hu": ("Weboldalunk sütiket használ.", "Elfogadom", "Elutasítom"),
        "sk": ("Táto stránka používa súbory cookies.", "Súhlasím", "Odmietnuť"),
        "sl": ("Spletna stran uporablja piškotke.", "Sprejmem", "Zavrni"),
        "hr": ("Ova stranica koristi kolačiće.", "Prihvaćam", "Odbij"),
        "et": ("Kasutame küpsiseid.", "Nõustun", "Keeldun"),
        "lv": ("Mēs izmantojam sīkdatnes.", "Piekrītu", "Noraidīt"),
        "lt": ("Šioje svetainėje naudojami slapukai.", "Sutinku", "Atsisakyti"),
        "no": ("Vi bruker informasjonskapsler.", "Godta alle", "Avvis"),
        "is": ("Við notum vafrakökur.", "Samþykkja", "Hafna"),
        "en": ("We use cookies to improve your experience on our website.", "Accept all", "Reject"),
    }.get(lang[:2], ("We use cookies.", "OK", "No"))
    msg, ok, no = t
    if kind == "borlabs":
        return ('<div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog" aria-modal="true"><div class="_brlbs-box">'
                f'<span class="_brlbs-h3">Datenschutzeinstellungen</span><p class="_brlbs-flex-center">{msg}</p>'
                f'<p class="_brlbs-accept"><a href="#" class="_brlbs-btn _brlbs-btn-accept-all" data-cookie-accept-all>{ok}</a></p>'
                f'<p class="_brlbs-refuse"><a href="#" data-cookie-refuse>{no}</a></p></div></div>'
                '<script id="borlabs-cookie-js-extra">var borlabsCookieConfig = {"ajaxURL":"/wp-admin/admin-ajax.php","language":"de","cookieVersion":"3"};</script>')
    if kind == "complianz":
        return (f'<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">'
                f'<div class="cmplz-body"><div class="cmplz-message">{msg}</div></div>'
                f'<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">{ok}</button><button class="cmplz-btn cmplz-deny">{no}</button></div></div>')
    if kind == "cookieyes":
        return ('<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/5f3a9e0c1b2d4e7a/script.js"></script>'
                f'<div class="cky-consent-container cky-box-bottom-left"><div class="cky-notice"><p class="cky-notice-des">{msg}</p>'
                f'<button class="cky-btn cky-btn-accept">{ok}</button><button class="cky-btn cky-btn-reject">{no}</button></div></div>')
    if kind == "cookiebot":
        return '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="7d1c2a8e-4b5f-4e0a-9c3d-2f6b8a1e5d40" data-blockingmode="auto" type="text/javascript"></script>'
    if kind == "klaro":
        return ('<script defer type="application/javascript" src="/assets/klaro/config.js"></script>'
                '<script defer data-config="klaroConfig" type="application/javascript" src="/assets/klaro/klaro.js"></script>'
                f'<noscript><p>{msg}</p></noscript>')
    if kind == "tarteaucitron":
        return ('<script src="/tarteaucitron/tarteaucitron.js"></script><script>tarteaucitron.init({"privacyUrl": "",'
                '"hashtag": "#tarteaucitron","cookieName": "tarteaucitron","orientation": "bottom","showAlertSmall": false,'
                '"cookieslist": true,"removeCredit": false,"AcceptAllCta": true,"highPrivacy": true});</script>')
    if kind == "iubenda":
        return ('<script type="text/javascript">var _iub = _iub || [];_iub.csConfiguration = {"siteId":2841765,"cookiePolicyId":71934520,'
                '"lang":"it","banner":{"acceptButtonDisplay":true,"customizeButtonDisplay":true,"position":"float-bottom-center"}};</script>'
                '<script type="text/javascript" src="//cs.iubenda.com/autoblocking/2841765.js"></script>'
                '<script type="text/javascript" src="//cdn.iubenda.com/cs/iubenda_cs.js" charset="UTF-8" async></script>')
    if kind == "axeptio":
        return ('<script>window.axeptioSettings = {clientId: "63f1c2b0a9e4d52f1e8b7c60", cookiesVersion: "fr-base"};'
                '(function(d, s) {var t = d.getElementsByTagName(s)[0], e = d.createElement(s);e.async = true; e.src = "//static.axept.io/sdk.js";'
                't.parentNode.insertBefore(e, t);})(document, "script");</script>')
    if kind == "plain":
        return (f'<div id="cookie-notice" class="cookie-bar" style="display:none"><p>{msg}</p>'
                f'<button onclick="acceptCookies()">{ok}</button></div>'
                '<script>function acceptCookies(){document.cookie="cookies_ok=1;path=/;max-age=31536000";'
                'document.getElementById("cookie-notice").style.display="none";}'
                'if(document.cookie.indexOf("cookies_ok")<0){document.getElementById("cookie-notice").style.display="block";}</script>')
    return ""


def jsonld_tag(obj):
    if isinstance(obj, str):
        return f'<script type="application/ld+json">{obj}</script>'
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False, indent=1) + '</script>'


def nav_ul(nav, cls="menu", li_cls="menu-item", cur=None):
    out = [f'<ul class="{cls}">']
    for href, label in nav:
        c = f' class="{li_cls}{" current" if href == cur else ""}"' if li_cls else ""
        out.append(f'<li{c}><a href="{href}">{label}</a></li>')
    out.append("</ul>")
    return "".join(out)


def skip(lang):
    return {"de": "Zum Inhalt springen", "fr": "Aller au contenu", "it": "Vai al contenuto", "es": "Saltar al contenido",
            "nl": "Naar de inhoud", "pt": "Saltar para o conteúdo", "pl": "Przejdź do treści", "ca": "Vés al contingut",
            "hu": "Ugrás a tartalomra", "hr": "Preskoči na sadržaj", "sk": "Preskočiť na obsah", "sl": "Skoči na vsebino",
            "no": "Hopp til innhold", "et": "Liigu sisu juurde", "lv": "Pāriet uz saturu", "lt": "Pereiti prie turinio",
            "is": "Fara í efni"}.get(lang[:2], "Skip to content")


def common_head(c):
    s = c["site"]
    h = ['<meta charset="utf-8">' if not s.get("charset") else
         f'<meta http-equiv="Content-Type" content="text/html; charset={s["charset"]}">',
         '' if s["tpl"] == "oldtable" else '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f'<title>{c["title"]}</title>']
    if c.get("desc"):
        h.append(f'<meta name="description" content="{esc(c["desc"])}">')
    if s["tpl"] != "oldtable":
        scheme = "http" if s.get("https") is False else "https"
        h.append(f'<meta property="og:title" content="{esc(_html.unescape(c["title"]))}">')
        h.append(f'<meta property="og:url" content="{scheme}://{s["domain"]}{c["path"]}">')
        h.append(f'<meta property="og:site_name" content="{esc(s["brand"])}">')
        h.append('<meta property="og:type" content="website">')
    h.append(c.get("head", ""))
    return "\n".join(x for x in h if x)


# ---------------------------------------------------------------- families
def wp_divi(c):
    s = c["site"]
    return f"""<!DOCTYPE html>
<html lang="{c['lang']}">
<head>
{common_head(c)}
<meta name="generator" content="WordPress 6.4.3">
<meta name="generator" content="Divi v.4.24.2">
<link rel="stylesheet" id="divi-style-parent-css" href="/wp-content/themes/Divi/style-static.min.css?ver=4.24.2" type="text/css" media="all">
<link rel="https://api.w.org/" href="/wp-json/">
</head>
<body class="page-template-default page et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_pb_gutters3 et_divi_theme">
<div id="page-container">
<header id="main-header" data-height-onload="66">
<div class="container clearfix et_menu_container">
<div class="logo_container"><a href="/"><img src="/wp-content/uploads/logo.png" alt="{esc(s['brand'])}" id="logo"></a></div>
<div id="et-top-navigation"><nav id="top-menu-nav">{nav_ul(c['nav'], 'nav', 'menu-item menu-item-type-post_type', c['path']).replace('<ul class="nav">', '<ul id="top-menu" class="nav">')}</nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Menu</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div>
</div></header>
<div id="et-main-area"><div id="main-content"><article class="page type-page status-publish hentry"><div class="entry-content">
<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4">
<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">
{c['body']}
</div></div></div></div></div></div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget">{c['footer']}</div></div></div>
<div id="footer-bottom"><div class="container clearfix"><div id="footer-info">Designed by <a href="https://www.elegantthemes.com">Elegant Themes</a> | Powered by <a href="https://www.wordpress.org">WordPress</a></div></div></div></footer>
</div></div>
{c['cookie']}
<script type="text/javascript" src="/wp-content/themes/Divi/js/scripts.min.js?ver=4.24.2" id="divi-custom-script-js"></script>
</body>
</html>"""


def wp_elementor(c):
    s = c["site"]
    return f"""<!doctype html>
<html lang="{c['lang']}">
<head>
{common_head(c)}
<meta name="generator" content="Elementor 3.18.3; features: e_dom_optimization, e_optimized_assets_loading; settings: css_print_method-external">
<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css?ver=3.0.0' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.18.3' media='all' />
</head>
<body class="page-template page-template-elementor_header_footer page elementor-default elementor-kit-6">
<a class="skip-link screen-reader-text" href="#content">{skip(c['lang'])}</a>
<div data-elementor-type="header" data-elementor-id="27" class="elementor elementor-27 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent">
<div class="elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><a href="/"><img width="220" height="60" src="/wp-content/uploads/2023/03/logo.svg" alt="{esc(s['brand'])}"></a></div>
<div class="elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main elementor-nav-menu__container" aria-label="Menü">{nav_ul(c['nav'], 'elementor-nav-menu', 'menu-item', c['path'])}</nav></div>
</div></div>
<main id="content" class="site-main">
<div data-elementor-type="wp-page" class="elementor">
<div class="elementor-element e-con-full e-flex e-con e-parent"><div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
{c['body']}
</div></div></div></div>
</main>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><div class="elementor-element e-con-boxed e-con e-parent"><div class="elementor-widget elementor-widget-text-editor">
{c['footer']}
</div></div></div>
{c['cookie']}
<script src='/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.18.3' id='elementor-frontend-js'></script>
</body>
</html>"""


def wp_astra(c):
    s = c["site"]
    return f"""<!DOCTYPE html>
<html lang="{c['lang']}">
<head>
{common_head(c)}
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.5.2' media='all' />
<!-- This site is optimized with the Yoast SEO plugin v21.7 - https://yoast.com/wordpress/plugins/seo/ -->
</head>
<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="page-template-default page ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-desktop">
<a class="skip-link screen-reader-text" href="#content" role="link" title="{skip(c['lang'])}">{skip(c['lang'])}</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/logo.png" class="custom-logo" alt="{esc(s['brand'])}"></a></span></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-header-menu-wrap">{nav_ul(c['nav'], 'main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border', 'menu-item menu-item-type-post_type menu-item-object-page', c['path'])}</div></nav></div>
</div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post type-page status-publish ast-article-single" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="entry-content clear" itemprop="text">
{c['body']}
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item"><div class="ast-builder-grid-row">
{c['footer']}
</div></div>
<div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></p></div></div>
</footer></div>
{c['cookie']}
<script src='/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.5.2' id='astra-theme-js-js'></script>
</body>
</html>"""


def typo3(c):
    s = c["site"]
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="{c['lang']}">
<head>
{common_head(c)}
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->
<meta name="generator" content="TYPO3 CMS">
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-4f8e1c2a9b7d3e6f-min.css.gzip?1702468112" media="all">
</head>
<body id="p{zlib.crc32(c['path'].encode()) % 97 + 1}" class="page-layout-default">
<a class="visually-hidden-focusable" href="#page-content">{skip(c['lang'])}</a>
<header class="page-header"><div class="container">
<a class="navbar-brand" href="/" title="{esc(s['brand'])}"><img src="/fileadmin/templates/img/logo.svg" alt="{esc(s['brand'])}" height="52"></a>
<nav class="navbar navbar-expand-lg" id="mainnavigation">{nav_ul(c['nav'], 'navbar-nav', 'nav-item', c['path']).replace('<a href', '<a class="nav-link" href')}</nav>
</div></header>
<div id="page-content" class="frame-container"><main class="main-section">
<div id="c{len(c['path']) * 13 + 101}" class="frame frame-default frame-type-text frame-layout-0">
{c['body']}
</div></main></div>
<footer class="page-footer"><div class="container"><div class="row">
{c['footer']}
</div></div></footer>
{c['cookie']}
<script src="/typo3temp/assets/compressed/merged-a1b2c3d4e5f60718-min.js.gzip?1702468112"></script>
</body>
</html>"""


def contao(c):
    s = c["site"]
    return f"""<!DOCTYPE html>
<html lang="{c['lang']}">
<head>
{common_head(c)}
<meta name="generator" content="Contao Open Source CMS">
<link rel="stylesheet" href="/assets/css/layout.min.css,responsive.min.css,colorbox.min.css-6e1f2a3b.css">
<script src="/assets/js/jquery.min.js,colorbox.min.js-9c8d7e6f.js"></script>
</head>
<body id="top" class="unknown-os">
<div id="wrapper">
<header id="header"><div class="inside">
<div class="mod_article"><a href="/" class="logo"><img src="/files/theme/logo.png" alt="{esc(s['brand'])}"></a></div>
<!-- indexer::stop --><nav class="mod_navigation block"><a href="#skipNavigation1" class="invisible">{skip(c["lang"])}</a>
{nav_ul(c['nav'], 'level_1', '', c['path'])}<span id="skipNavigation1" class="invisible"></span></nav><!-- indexer::continue -->
</div></header>
<div id="container"><main id="main"><div class="inside">
<div class="mod_article first last block" id="article-{len(c['path'])+20}"><div class="ce_text block">
{c['body']}
</div></div></div></main></div>
<footer id="footer"><div class="inside">
{c['footer']}
</div></footer>
</div>
{c['cookie']}
<script src="/assets/colorbox/js/colorbox.min.js?v=1.6.6"></script>
</body>
</html>"""


def joomla(c):
    s = c["site"]
    return f"""<!DOCTYPE html>
<html lang="{c['lang']}" dir="ltr">
<head>
{common_head(c)}
<meta name="generator" content="Joomla! - Open Source Content Management">
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.1" rel="stylesheet" />
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Error","MESSAGE":"Message"}},"system.paths":{{"root":"","base":""}}}}</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-{len(c['path'])+101} has-sidebar-right">
<header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo.png" alt="{esc(s['brand'])}" width="240" height="70"></a></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu">
{nav_ul(c['nav'], 'mod-menu mod-list nav ', 'nav-item item-10' , c['path'])}</nav></div>
</header>
<div class="site-grid"><div class="grid-child container-component">
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{c['lang']}">
<div itemprop="articleBody" class="com-content-article__body">
{c['body']}
</div></div></main></div></div>
<footer class="container-footer footer full-width"><div class="grid-child">
{c['footer']}
</div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
{c['cookie']}
</body>
</html>"""


def drupal(c):
    s = c["site"]
    return f"""<!DOCTYPE html>
<html lang="{c['lang']}" dir="ltr">
<head>
{common_head(c)}
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qx7mZ3k9aLrB2vN8pT4sW1yE6uH0jC5dF.css?delta=0&amp;language={c['lang'][:2]}&amp;theme=olivero&amp;include=eJxdkFEOwyAIQC_k" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/{len(c['path'])}","currentLanguage":"{c['lang'][:2]}"}},"pluralDelimiter":"\\u0003"}}</script>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">{skip(c['lang'])}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-branding"><a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/corp/logo.svg" alt="{esc(s['brand'])}" fetchpriority="high" /></a></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
{nav_ul(c['nav'], 'menu primary-nav__menu primary-nav__menu--level-1', 'menu__item primary-nav__menu-item', c['path'])}</nav>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<main role="main"><article class="node node--type-page node--view-mode-full"><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
{c['body']}
</div></div></article></main></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container">
<div class="region region--footer-top grid-full"><div class="block block-block-content">
{c['footer']}
</div></div></div></footer>
</div></div></div>
{c['cookie']}
<script src="/core/misc/drupal.init.js?v=10.1.6"></script>
</body>
</html>"""


def wix(c):
    s = c["site"]
    return f"""<!DOCTYPE html>
<html lang="{c['lang']}">
<head>
{common_head(c)}
<meta name="generator" content="Wix.com Website Builder"/>
<meta http-equiv="X-Wix-Meta-Site-Id" content="b1f2e3d4-a5c6-47b8-9c0d-e1f2a3b4c5d6"/>
<meta http-equiv="X-Wix-Application-Instance-Id" content="5e6f7a8b-9c0d-41e2-a3b4-c5d6e7f8a9b0"/>
<link rel="preconnect" href="https://static.parastorage.com" crossorigin/>
<script>window.viewerModel = {{"siteFeatures":["assetsLoader","wixCustomElementComponent","seo","cookiesManager","tpaCommons"],"site":{{"metaSiteId":"b1f2e3d4-a5c6-47b8-9c0d-e1f2a3b4c5d6","isResponsive":true}},"language":{{"userLanguage":"{c['lang'][:2]}"}}}};</script>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-lk2h7x1a" class="BaOVQ8 tz5f0K comp-lk2h7x1a wixui-rich-text"><p class="font_6"><span class="wixui-rich-text__text"><a href="/">{esc(s['brand'])}</a></span></p></div>
<nav id="comp-lk2h7x1b" aria-label="Site" class="wixui-horizontal-menu">{nav_ul(c['nav'], 'itemDepth02233374943__menu', 'wixui-horizontal-menu__item', c['path'])}</nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX" id="comp-lk2hbody"><section class="wixui-section"><div data-testid="richTextElement" class="wixui-rich-text">
{c['body']}
</div></section></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer" tabindex="-1"><div data-testid="richTextElement" class="wixui-rich-text">
{c['footer']}
</div></footer>
</div></div></div></div>
{c['cookie']}
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.3b1e7c2f.bundle.min.js" async></script>
</body>
</html>"""


def squarespace(c):
    s = c["site"]
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="{c['lang']}">
<head>
{common_head(c)}
<!-- This is Squarespace. --><!-- {s['domain'].split('.')[0]} -->
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1f0c2e3b45d7e8f901234/12/5c5a519771c10ba3470d8101/64a1f0c2e3b45d7e8f901256/1518/site.css"/>
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"websiteSettings":{{"storeSettings":{{}}}},"templateId":"5c5a519771c10ba3470d8101","website":{{"siteTitle":"{esc(s['brand'])}","language":"{c['lang']}"}}}};</script>
</head>
<body id="collection-{len(c['path'])*7+1000}" class="header-overlay-alignment-center tweak-social-icons-style-regular  primary-button-style-solid primary-button-shape-square">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">{skip(c['lang'])}</a>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner container--fluid">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" id="site-title">{esc(s['brand'])}</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
{''.join(f'<div class="header-nav-item header-nav-item--collection"><a href="{h}" data-animation-role="header-element">{l}</a></div>' for h, l in c['nav'])}
</nav></div></div></div></header></div>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f0c2e3b45d7e8f90">
<section data-test="page-section" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
{c['body']}
</div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content"><div class="sqs-block html-block"><div class="sqs-html-content">
{c['footer']}
</div></div></div></section></footer>
{c['cookie']}
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body>
</html>"""


def jimdo(c):
    s = c["site"]
    return f"""<!DOCTYPE html>
<html lang="{c['lang']}">
<head>
{common_head(c)}
<meta name="generator" content="Jimdo Creator"/>
<link rel="stylesheet" href="https://assets.jimstatic.com/web.css.4f6c1d2e8b9a7c3d.css"/>
<script>var jimdoData = {{"isTestserver":false,"cmsVersion":"creator","isJimdoHelpCenter":false,"isProtectedPage":false,"cstok":"","cacheJsKey":"d1e2f3a4b5","cacheCssKey":"d1e2f3a4b5","cdnUrl":"https:\\/\\/assets.jimstatic.com\\/","minUrl":"https:\\/\\/assets.jimstatic.com\\/app\\/cdn\\/min\\/file\\/","webPath":"https:\\/\\/www.{s['domain']}\\/","pageType":1}};</script>
</head>
<body class="body cc-page j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles jqbga-web--nav-vertical">
<div id="cc-website"><div id="cc-inner" class="cc-content-parent">
<header class="jtpl-header"><div class="jtpl-logo"><a href="/"><span class="cc-title">{esc(s['brand'])}</span></a></div>
<nav class="jtpl-navigation"><div data-container="navigation"><div class="j-nav-variant-nested">
{nav_ul(c['nav'], '', 'jmd-nav__list-item-0', c['path'])}</div></div></nav></header>
<div class="jtpl-main"><div class="jtpl-content"><div id="content_area" data-container="content"><div id="content_start"></div>
<div class="j-module n j-text">
{c['body']}
</div></div></div></div>
<footer class="jtpl-footer"><div id="contentfooter" data-container="footer"><div class="j-meta-links">
{c['footer']}
<a href="https://www.jimdo.com" rel="nofollow">Erstellt mit Jimdo</a>
</div></div></footer>
</div></div>
{c['cookie']}
<script src="https://assets.jimstatic.com/ckies.js.7f2a1b3c.js"></script>
</body>
</html>"""


def webflow(c):
    s = c["site"]
    return f"""<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jan 16 2024 09:12:44 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.{s['domain']}" data-wf-page="65a1b2c3d4e5f60718293a4b" data-wf-site="65a1b2c3d4e5f60718293a40" lang="{c['lang']}">
<head>
{common_head(c)}
<meta content="Webflow" name="generator"/>
<link href="https://assets-global.website-files.com/65a1b2c3d4e5f60718293a40/css/{s['domain'].split('.')[0]}.webflow.8c1d2e3f4.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script>
</head>
<body class="body">
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65a1b2c3d4e5f60718293a40/logo.svg" loading="lazy" alt="{esc(s['brand'])}"/></a>
<nav role="navigation" class="nav-menu w-nav-menu">{''.join(f'<a href="{h}" class="nav-link w-nav-link{" w--current" if h == c["path"] else ""}">{l}</a>' for h, l in c['nav'])}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section"><div class="container w-container"><div class="rich-text w-richtext">
{c['body']}
</div></div></div>
<section class="footer"><div class="w-layout-blockcontainer container w-container">
{c['footer']}
</div></section>
{c['cookie']}
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1b2c3d4e5f60718293a40" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65a1b2c3d4e5f60718293a40/js/webflow.4b5c6d7e.js" type="text/javascript"></script>
</body>
</html>"""


def nextjs(c):
    s = c["site"]
    data = json.dumps({"props": {"pageProps": {"locale": c["lang"][:2], "slug": c["path"]}, "__N_SSG": True},
                       "page": "/[...slug]", "query": {}, "buildId": "x3Kp9QmT2vLrB7nYw1cZe", "isFallback": False,
                       "gsp": True, "locale": c["lang"][:2], "scriptLoader": []})
    return f"""<!DOCTYPE html><html lang="{c['lang']}"><head>
{common_head(c)}
<meta name="next-head-count" content="9"/>
<link rel="preload" href="/_next/static/css/a8b1c2d3e4f50617.css" as="style"/><link rel="stylesheet" href="/_next/static/css/a8b1c2d3e4f50617.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script>
</head><body><div id="__next"><a class="sr-only focus:not-sr-only" href="#main">{skip(c['lang'])}</a>
<header class="sticky top-0 z-40 bg-white/90 backdrop-blur"><div class="mx-auto flex max-w-7xl items-center justify-between px-6 py-4">
<a class="text-xl font-semibold tracking-tight" href="/">{esc(s['brand'])}</a>
<nav class="hidden gap-8 md:flex">{''.join(f'<a class="text-sm font-medium hover:text-sky-700" href="{h}">{l}</a>' for h, l in c['nav'])}</nav></div></header>
<main id="main" class="mx-auto max-w-4xl px-6 py-16"><div class="prose prose-slate lg:prose-lg">
{c['body']}
</div></main>
<footer class="border-t border-slate-200 bg-slate-50"><div class="mx-auto max-w-7xl px-6 py-10 text-sm text-slate-600">
{c['footer']}
</div></footer></div>
{c['cookie']}
<script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>"""


def hugo(c):
    s = c["site"]
    return f"""<!doctype html>
<html lang="{c['lang']}">
<head>
{common_head(c)}
<meta name="generator" content="Hugo 0.121.1">
<link rel="stylesheet" href="/css/main.min.3f9d1c2b7e.css" integrity="sha256-8k2Lq0pQ1dY7n3uF9sJwXyB4vN6mR5tA2cE1hG0iK7o=">
</head>
<body class="d-flex flex-column h-100">
<header><nav class="navbar navbar-expand-md navbar-light bg-light fixed-top"><div class="container">
<a class="navbar-brand" href="/">{esc(s['brand'])}</a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarMain" aria-controls="navbarMain" aria-expanded="false"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="navbarMain">{nav_ul(c['nav'], 'navbar-nav ms-auto mb-2 mb-md-0', 'nav-item', c['path']).replace('<a href', '<a class="nav-link" href')}</div>
</div></nav></header>
<main class="flex-shrink-0"><div class="container py-5 mt-4">
{c['body']}
</div></main>
<footer class="footer mt-auto py-4 bg-light"><div class="container small">
{c['footer']}
</div></footer>
{c['cookie']}
<script src="/js/bootstrap.bundle.min.js"></script>
</body>
</html>"""


def prestashop(c):
    s = c["site"]
    return f"""<!doctype html>
<html lang="{c['lang']}">
<head>
{common_head(c)}
<meta name="generator" content="PrestaShop">
<link rel="stylesheet" href="/themes/classic/assets/cache/theme-3a1f2c.css" type="text/css" media="all">
<script type="text/javascript">var prestashop = {{"cart":{{"products":[],"totals":{{"total":{{"type":"total","label":"Total","amount":0}}}}}},"currency":{{"iso_code":"EUR","sign":"\\u20ac"}},"language":{{"iso_code":"{c['lang'][:2]}"}},"page":{{"page_name":"cms"}},"shop":{{"name":"{esc(s['brand'])}"}}}};</script>
</head>
<body id="cms" class="lang-{c['lang'][:2]} country-fr currency-eur layout-full-width page-cms">
<main>
<header id="header"><nav class="header-nav"><div class="container"><div class="row"><div class="hidden-sm-down"><div class="col-md-5 col-xs-12"><div id="_desktop_contact_link"><div id="contact-link"><a href="{c.get('contact_href', '/contact')}">Contact</a></div></div></div>
<div class="col-md-7 right-nav"><div id="_desktop_cart"><div class="blockcart cart-preview inactive"><div class="header"><span class="hidden-sm-down">Panier</span><span class="cart-products-count">(0)</span></div></div></div></div></div></div></div></nav>
<div class="header-top"><div class="container"><div class="row"><div class="col-md-2 hidden-sm-down" id="_desktop_logo"><a href="/"><img class="logo img-responsive" src="/img/logo.jpg" alt="{esc(s['brand'])}"></a></div>
<div class="col-md-10 col-sm-12 position-static"><div class="menu js-top-menu position-static hidden-sm-down" id="_desktop_top_menu">{nav_ul(c['nav'], 'top-menu', 'category', c['path'])}</div></div></div></div></div>
</header>
<section id="wrapper"><div class="container"><div id="content-wrapper"><section id="main"><section id="content" class="page-content page-cms">
{c['body']}
</section></section></div></div></section>
<footer id="footer"><div class="footer-container"><div class="container"><div class="row">
{c['footer']}
</div><div class="row"><div class="col-md-12"><p class="text-sm-center"><a href="https://www.prestashop.com" target="_blank" rel="noopener noreferrer nofollow">Logiciel e-commerce par PrestaShop™</a></p></div></div></div></div></footer>
</main>
{c['cookie']}
<script type="text/javascript" src="/themes/core.js"></script>
</body>
</html>"""


def shopify(c):
    s = c["site"]
    return f"""<!doctype html>
<html class="no-js" lang="{c['lang']}">
<head>
{common_head(c)}
<link rel="canonical" href="https://{s['domain']}{c['path']}">
<script>window.Shopify = window.Shopify || {{}};Shopify.shop = "{s['domain'].split('.')[0]}.myshopify.com";Shopify.locale = "{c['lang'][:2]}";Shopify.currency = {{"active":"EUR","rate":"1.0"}};Shopify.theme = {{"name":"Dawn","id":136214823117,"theme_store_id":887,"role":"main"}};</script>
<link href="//{s['domain']}/cdn/shop/t/4/assets/base.css?v=127867003511637661291700000000" rel="stylesheet" type="text/css" media="all" />
</head>
<body class="gradient">
<a class="skip-to-content-link button visually-hidden" href="#MainContent">{skip(c['lang'])}</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region"><div class="page-width"><p class="announcement-bar__message h5">{c.get('announce', '')}</p></div></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">{esc(s['brand'])}</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">{''.join(f'<li><a href="{h}" class="header__menu-item list-menu__item link link--text focus-inset"><span>{l}</span></a></li>' for h, l in c['nav'])}</ul></nav>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><div class="page-width page-width--narrow section-template--main-padding"><div class="rte">
{c['body']}
</div></div></main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding"><div class="footer__content-top page-width">
{c['footer']}
</div><div class="footer__copyright caption"><small class="copyright__content"><a href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore" rel="nofollow" target="_blank">Powered by Shopify</a></small></div></footer></div>
{c['cookie']}
<script src="//{s['domain']}/cdn/shop/t/4/assets/global.js?v=149496944046504657681700000000" defer="defer"></script>
</body>
</html>"""


def oldtable(c):
    """Hand-coded HTML 4.01 / tables, typical 2005-era small-hotel site."""
    s = c["site"]
    navs = " &middot; ".join(f'<a href="{h}" class="nav">{l}</a>' for h, l in c['nav'])
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="{c['lang']}">
<head>
{common_head(c)}
<meta name="author" content="{esc(s['brand'])}">
<link rel="stylesheet" type="text/css" href="style.css">
<script type="text/javascript" src="scripts/swfobject.js"></script>
</head>
<body bgcolor="#F4EFE3" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><img src="images/kopf.jpg" width="900" height="180" alt="{esc(s['brand'])}"></td></tr>
<tr><td colspan="2" bgcolor="#5B3A1E" height="28" align="center"><font face="Verdana" size="2" color="#FFFFFF">{navs}</font></td></tr>
<tr><td width="20">&nbsp;</td><td valign="top"><font face="Verdana, Arial" size="2">
{c['body']}
</font></td></tr>
<tr><td colspan="2" bgcolor="#E3D8C0" align="center"><font face="Verdana" size="1">
{c['footer']}
</font></td></tr>
</table>
{c['cookie']}
</body>
</html>"""


FAMILIES = {
    "wp_divi": wp_divi, "wp_elementor": wp_elementor, "wp_astra": wp_astra, "typo3": typo3, "contao": contao,
    "joomla": joomla, "drupal": drupal, "wix": wix, "squarespace": squarespace, "jimdo": jimdo, "webflow": webflow,
    "nextjs": nextjs, "hugo": hugo, "prestashop": prestashop, "shopify": shopify, "oldtable": oldtable,
}
