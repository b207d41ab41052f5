"""A small controlled vocabulary: industries to one lowercase word, from words in the languages of
the sites we read. Country names come from CLDR instead (`segdsl_enrich.countries`).

Segment authors filter on these values (`industry = "software"`), so free text never leaks in.
"""

from __future__ import annotations

import re

from segdsl_enrich.countries import country_code  # noqa: F401  (re-exported)

# Order breaks ties: a page that says "software" and "consulting" equally is a software firm.
INDUSTRIES: dict[str, tuple[str, ...]] = {
    "software": ("software", "saas", "logiciel", "logiciels", "softwareentwicklung", "cloud platform", "developer tools",
                 "oprogramowanie", "ohjelmistot", "ohjelmisto", "ソフトウェア"),
    "finance": ("finance", "financial", "financial services", "fintech", "bank", "banking", "insurance", "asset management",
                "wealth management", "accounting", "ledger", "finanz", "finanzdienstleistungen", "banque", "investment",
                "servizi finanziari", "finanziari", "servicios financieros", "financieros", "financiële dienstverlening",
                "serviços financeiros", "financeiros", "usługi finansowe", "finansowe", "rahoitus", "金融"),
    "healthcare": ("health", "healthcare", "hospital", "clinic", "medical", "santé", "gesundheit", "klinik",
                   "medizin", "patient", "sanità", "salud", "zorg", "saúde", "zdrowie", "terveys", "医療"),
    "education": ("education", "school", "university", "learning", "courses", "tutoring", "formation",
                  "enseignement", "bildung", "schule", "istruzione", "formazione", "educación", "onderwijs", "educação",
                  "edukacja", "koulutus", "教育"),
    "logistics": ("logistics", "logistique", "logistik", "freight", "shipping", "transport", "spedition",
                  "supply chain", "warehousing", "entrepôt", "logistica", "logística", "logistiek", "logistyka",
                  "logistiikka", "trasporti", "transporte", "物流"),
    "food": ("food", "foods", "grocery", "groceries", "organic produce", "alimentaire", "agroalimentaire", "lebensmittel",
             "bakery", "restaurant", "beverages", "alimentare", "alimentari", "alimentación", "alimentos", "voeding",
             "alimentação", "żywność", "elintarvikkeet", "食品"),
    "manufacturing": ("manufacturing", "manufacturer", "maschinenbau", "machinery", "hersteller", "fabricant",
                      "industrial", "fertigung", "usine", "industrie manufacturière", "meccanica", "meccanica industriale",
                      "fabricación", "fabricación industrial", "maakindustrie", "indústria transformadora",
                      "produkcja przemysłowa", "teollisuus", "製造業"),
    "retail": ("retail", "retailer", "store", "stores", "shop", "e-commerce", "ecommerce", "boutique",
               "einzelhandel", "commerce de détail", "apparel", "outdoor gear", "commercio al dettaglio", "comercio minorista",
               "detailhandel", "retalho", "handel detaliczny", "vähittäiskauppa", "小売"),
    "consulting": ("consulting", "consultancy", "conseil", "advisory", "beratung", "unternehmensberatung", "consulenza",
                   "consultoría", "advies", "consultoria", "doradztwo", "konsultointi", "コンサルティング"),
}

_PATTERNS: dict[str, re.Pattern[str]] = {
    industry: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in sorted(keywords, key=len, reverse=True)) + r")(?!\w)")
    for industry, keywords in INDUSTRIES.items()
}

# schema.org subtypes that name an industry by themselves.
TYPE_INDUSTRIES: dict[str, str] = {
    "SoftwareApplication": "software", "FinancialService": "finance", "BankOrCreditUnion": "finance",
    "InsuranceAgency": "finance", "AccountingService": "finance", "MedicalOrganization": "healthcare",
    "Hospital": "healthcare", "MedicalClinic": "healthcare", "Physician": "healthcare",
    "EducationalOrganization": "education", "CollegeOrUniversity": "education", "School": "education",
    "Store": "retail", "OnlineStore": "retail", "ClothingStore": "retail", "SportingGoodsStore": "retail",
    "FoodEstablishment": "food", "Restaurant": "food", "Bakery": "food", "GroceryStore": "food",
    "MovingCompany": "logistics", "ProfessionalService": "consulting",
}



def industry_of(*texts: str | None) -> str | None:
    """The vocabulary word whose keywords occur most often in `texts` (None when none occurs)."""
    text = " ".join(t for t in texts if t).lower()
    if not text:
        return None
    scores = {industry: len(pattern.findall(text)) for industry, pattern in _PATTERNS.items()}
    best = max(scores, key=lambda industry: scores[industry])
    return best if scores[best] else None
