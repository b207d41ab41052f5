"""Outside Europe: Brazil, Mexico, South Africa, New Zealand, Singapore."""
from common import ex, site, redirect, NULL

SITES = []

# ---------------------------------------------------------------- Camau (Astra, BR)
_nav = [("/", "Início"), ("/a-cooperativa/", "A Cooperativa"), ("/historia/", "História"), ("/unidades/", "Unidades"), ("/trabalhe-conosco/", "Trabalhe conosco"),
        ("/contato/", "Contato")]
_foot = """<p>Cooperativa Agrícola Mista Alto Uruguai Ltda. – CNPJ 87.123.456/0001-78<br>Avenida Sete de Setembro, 1500 – Centro – Erechim – RS – CEP 99700-000 – Brasil</p>
<p><a href="/politica-de-privacidade/">Política de Privacidade (LGPD)</a></p>"""
SITES.append(site(
    "camau.coop.br", "wp_astra", "pt", "Camau", _nav, {
        "/": ("Camau – Cooperativa Agrícola Mista Alto Uruguai", "<h1>Juntos, do campo à mesa</h1><p>Grãos, leite, suínos, insumos e supermercados no norte gaúcho.</p>"),
        "/a-cooperativa/": ("A Cooperativa – Camau", """<h1>A Cooperativa</h1><p>A Camau reúne mais de 3.400 associados em 28 municípios e conta com mais de 600 colaboradores
em suas unidades de recebimento, lojas agropecuárias e supermercados.</p><p>Faturamento de R$ 1,2 bilhão em 2023.</p>"""),
        "/historia/": ("História – Camau", """<h1>História</h1><p>A cooperativa foi fundada em 1957 por 32 agricultores descendentes de imigrantes italianos e poloneses.
Em 1974 inaugurou o primeiro armazém graneleiro, em 1998 a indústria de laticínios e em 2012 o primeiro supermercado.</p>"""),
        "/unidades/": ("Unidades", "<h1>Unidades</h1><p>Erechim, Getúlio Vargas, Gaurama, Barão de Cotegipe…</p>"),
        "/trabalhe-conosco/": ("Trabalhe conosco", "<h1>Trabalhe conosco</h1><p>Vagas: operador de armazém, agrônomo, repositor de supermercado.</p>"),
        "/contato/": ("Contato", "<h1>Contato</h1><p>Avenida Sete de Setembro, 1500 – Centro<br>Erechim – RS<br>99700-000</p><p>(54) 3321-4000</p>"),
        "/politica-de-privacidade/": ("Privacidade", "<h1>Política de Privacidade</h1>"),
    }, _foot,
    ex("Camau", "Cooperativa Agrícola Mista Alto Uruguai Ltda.", ("gt", 600), 1957, "Avenida Sete de Setembro, 1500", "Erechim", "99700-000", "BR", "pt"),
    html_lang="pt-BR", cookie="cookieyes",
    jsonld={"@context": "https://schema.org", "@type": "Organization", "name": "Camau", "legalName": "Cooperativa Agrícola Mista Alto Uruguai Ltda.",
            "foundingDate": "1957", "address": {"@type": "PostalAddress", "streetAddress": "Avenida Sete de Setembro, 1500", "addressLocality": "Erechim",
            "addressRegion": "RS", "postalCode": "99700-000", "addressCountry": "BR"}},
    people=[],
    traits=["agricultural-cooperative", "member-count-trap", "founder-count-trap", "revenue-trap", "history-years", "municipality-count-trap",
            "unscored:name"],
    notes="'mais de 600 colaboradores' = count 600, max null. Brand Camau vs full name: name unscored."))

# ---------------------------------------------------------------- Villarreal y Asociados (Wix, MX)
_nav = [("/", "Inicio"), ("/nosotros", "Nosotros"), ("/servicios", "Servicios"), ("/bolsa-de-trabajo", "Bolsa de trabajo"), ("/contacto", "Contacto")]
_foot = """<p>Villarreal y Asociados, S.C. · Av. Constitución 2050 Pte., Col. Centro, C.P. 64000, Monterrey, N.L., México</p><p><a href="/aviso-de-privacidad">Aviso de privacidad</a></p>"""
SITES.append(site(
    "villarrealasociados.mx", "wix", "es", "Villarreal y Asociados", _nav, {
        "/": ("Villarreal y Asociados | Contadores Públicos en Monterrey", "<h1>Contabilidad, auditoría e impuestos</h1><p>Más de 40 años de confianza en Nuevo León.</p>"),
        "/nosotros": ("Nosotros | Villarreal y Asociados", """<h1>Nosotros</h1><p>El despacho fue fundado en 1983 por el C.P. Ramiro Villarreal Garza. Hoy contamos con un equipo de
25 profesionales y atendemos a más de 300 empresas del noreste de México.</p><p>Miembros del Colegio de Contadores Públicos de Nuevo León desde 1984.</p>"""),
        "/servicios": ("Servicios", "<h1>Servicios</h1><ul><li>Auditoría</li><li>Impuestos</li><li>Nóminas</li></ul>"),
        "/bolsa-de-trabajo": ("Bolsa de trabajo", "<h1>Bolsa de trabajo</h1><p>Únete a nuestro equipo: buscamos auxiliar contable y auditor senior.</p>"),
        "/contacto": ("Contacto", "<h1>Contacto</h1><p>Av. Constitución 2050 Pte.<br>Col. Centro<br>64000 Monterrey, N.L.</p><p>81 8340 2211</p>"),
        "/aviso-de-privacidad": ("Aviso de privacidad", "<h1>Aviso de privacidad</h1><p>Villarreal y Asociados, S.C., con RFC VAS830512AB1, con domicilio en Av. Constitución 2050 Pte., Col. Centro, Monterrey, N.L.</p>"),
    }, _foot,
    ex("Villarreal y Asociados", "Villarreal y Asociados, S.C.", 25, 1983, "Av. Constitución 2050 Pte.", "Monterrey", "64000", "MX", "es"),
    html_lang="es-MX", cookie="",
    people=["Ramiro Villarreal Garza"],
    traits=["professional-accounting", "years-of-experience-trap", "client-count-trap", "membership-year-trap", "rfc-date-trap", "colonia-line"],
    notes="25 profesionales; founded 1983. RFC contains 830512 (a date)."))

# ---------------------------------------------------------------- Boland Engineering (Elementor, ZA)
_nav = [("/", "Home"), ("/about/", "About"), ("/services/", "Services"), ("/vacancies/", "Vacancies"), ("/contact/", "Contact")]
_foot = """<p>Boland Engineering (Pty) Ltd · Reg. No. 1979/004512/07 · B-BBEE Level 2 Contributor</p>
<p>14 Borssenberg Street, Dal Josafat, Paarl, 7646 · PO Box 3122, Paarl, 7620 · South Africa</p><p><a href="/contact-us/">Contact us</a> · <a href="/paia-manual/">PAIA Manual</a> · <a href="/popia/">POPIA</a></p>"""
SITES.append(site(
    "bolandengineering.co.za", "wp_elementor", "en", "Boland Engineering", _nav, {
        "/": ("Boland Engineering – Steel fabrication and machining, Paarl", "<h1>Fabrication, machining and maintenance for agri-processing</h1><p>Serving wineries, fruit packhouses and mills across the Western Cape.</p>"),
        "/about/": ("About – Boland Engineering", """<h1>About us</h1><p>Established in 1979 by Johan du Toit, Boland Engineering started as a two-man workshop repairing wine presses.
Today we employ over 120 people and operate from a 9,000 m² facility in Dal Josafat.</p><p>Managing Director: Thandi Mokoena</p>"""),
        "/services/": ("Services", "<h1>Services</h1><ul><li>Stainless steel tanks</li><li>CNC machining</li><li>Breakdown service</li></ul>"),
        "/vacancies/": ("Vacancies", "<h1>Vacancies</h1><p>Qualified boilermaker and coded welder (6G). Apply before 30 June.</p>"),
        "/contact/": ("Contact", "<h1>Contact</h1><p>14 Borssenberg Street<br>Dal Josafat<br>Paarl<br>7646</p><p>Postal: PO Box 3122, Paarl, 7620</p><p>021 868 1540</p>"),
        "/paia-manual/": ("PAIA Manual", "<h1>PAIA Manual</h1><p>Boland Engineering (Pty) Ltd, registration number 1979/004512/07.</p>"),
        "/popia/": ("POPIA", "<h1>POPIA notice</h1>"),
    }, _foot,
    ex("Boland Engineering", "Boland Engineering (Pty) Ltd", ("gt", 120), 1979, "14 Borssenberg Street", "Paarl", "7646", "ZA", "en"),
    html_lang="en-ZA", cookie="cookieyes", raw={"/contact-us/": redirect("/contact/")},
    headers={"X-Powered-By": "PHP/8.1.27", "Link": "<https://bolandengineering.co.za/wp-json/>; rel=\"https://api.w.org/\""},
    people=["Johan du Toit", "Thandi Mokoena"],
    traits=["industrial-supplier", "po-box-trap", "suburb-line", "registration-number-year", "area-number-trap", "bbbee-level", "internal-redirect-link"],
    notes="'over 120 people' = count 120, max null. Street postcode 7646, PO box 7620. Reg. no. starts with 1979 (consistent with founding)."))

# ---------------------------------------------------------------- Whenua Architects (Squarespace, NZ)
_nav = [("/", "Projects"), ("/about", "About"), ("/news", "News"), ("/contact", "Contact")]
_foot = """<p>Whenua Architects · 52 Trafalgar Street, Nelson 7010, New Zealand · PO Box 112, Nelson 7040</p>"""
SITES.append(site(
    "whenua-architects.co.nz", "squarespace", "en", "Whenua Architects", _nav, {
        "/": ("Whenua Architects — Nelson, Aotearoa", "<h1>Architecture grounded in place</h1><p>Homes, marae and schools across Te Tauihu.</p>"),
        "/about": ("About — Whenua Architects", """<h1>About</h1><p>Founded in 1996 by Aroha Tane and Peter Lindqvist, Whenua Architects works from a former
seed warehouse on Trafalgar Street. Our team of eleven includes registered architects, graduates and an in-house landscape designer.</p>
<p>NZIA Nelson Marlborough Architecture Award 2017, 2021.</p>"""),
        "/news": ("News — Whenua Architects", "<h1>News</h1><p>We're hiring! Intermediate architectural designer, Revit, 3+ years.</p>"),
        "/contact": ("Contact — Whenua Architects", "<h1>Contact</h1><p>52 Trafalgar Street<br>Nelson 7010</p><p>03 548 2210</p><p>Whenua Architects Ltd · NZBN 9429031234567</p>"),
    }, _foot,
    ex("Whenua Architects", "Whenua Architects Ltd", 11, 1996, "52 Trafalgar Street", "Nelson", "7010", "NZ", "en"),
    html_lang="en-NZ", cookie="",
    people=["Aroha Tane", "Peter Lindqvist"],
    traits=["professional-architecture", "number-word-count", "po-box-trap", "award-year-trap"],
    skip_check=["employee_count", "employee_range_min", "employee_range_max"],
    notes="'Our team of eleven' = 11."))

# ---------------------------------------------------------------- Tan & Lim Engineering (Webflow, SG)
_nav = [("/", "Home"), ("/about", "About Us"), ("/capabilities", "Capabilities"), ("/careers", "Careers"), ("/contact", "Contact")]
_foot = """<p>Tan &amp; Lim Engineering Pte. Ltd. · 21 Tuas Avenue 3, Singapore 639416 · UEN 197601234K</p>"""
SITES.append(site(
    "tanlim.com.sg", "webflow", "en", "Tan & Lim Engineering", _nav, {
        "/": ("Tan & Lim Engineering – Precision engineering since 1976", "<h1>Precision engineering for semiconductor and marine</h1>"),
        "/about": ("About Us – Tan & Lim Engineering", """<h1>About Us</h1><p>Tan &amp; Lim was established in 1976 by Tan Boon Huat and Lim Chee Keong in a shophouse in Jalan Besar.
We moved to Tuas in 1994 and opened our Johor Bahru plant in 2011.</p><p>Today the group has over 300 employees in Singapore and Malaysia, with 180 at our Tuas headquarters.</p>"""),
        "/capabilities": ("Capabilities", "<h1>Capabilities</h1><p>5-axis machining, sheet metal, cleanroom assembly (ISO Class 7).</p>"),
        "/careers": ("Careers", "<h1>Careers</h1><p>CNC programmer, QA engineer. Join our team!</p>"),
        "/contact": ("Contact", "<h1>Contact</h1><p>21 Tuas Avenue 3<br>Singapore 639416</p><p>+65 6861 2234</p>"),
    }, _foot,
    ex("Tan & Lim Engineering", "Tan & Lim Engineering Pte. Ltd.", None, 1976, "21 Tuas Avenue 3", "Singapore", "639416", "SG", "en"),
    html_lang="en-SG", cookie="",
    people=["Tan Boon Huat", "Lim Chee Keong"],
    traits=["industrial-supplier", "group-vs-site-headcount", "relocation-year-trap", "plant-year-trap", "uen-year",
            "unscored:employee_count,employee_range_min,employee_range_max"],
    notes="Group 'over 300' (SG + MY) vs 180 at the Singapore HQ: which one is the company's count is ambiguous → unscored."))
