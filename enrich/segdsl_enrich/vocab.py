"""Small controlled vocabularies: countries to ISO codes and industries to one lowercase word.

Segment authors filter on these values (`industry = "software"`), so free text never leaks in.
"""

from __future__ import annotations

import re

COUNTRIES: dict[str, str] = {
    "us": "US", "usa": "US", "united states": "US", "united states of america": "US",
    "états-unis": "US", "vereinigte staaten": "US",
    "gb": "GB", "uk": "GB", "united kingdom": "GB", "great britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "royaume-uni": "GB", "vereinigtes königreich": "GB", "großbritannien": "GB",
    "fr": "FR", "france": "FR", "frankreich": "FR",
    "de": "DE", "germany": "DE", "deutschland": "DE", "allemagne": "DE",
    "se": "SE", "sweden": "SE", "sverige": "SE", "suède": "SE", "schweden": "SE",
    "at": "AT", "austria": "AT", "österreich": "AT", "autriche": "AT",
    "ch": "CH", "switzerland": "CH", "schweiz": "CH", "suisse": "CH",
    "be": "BE", "belgium": "BE", "belgique": "BE", "belgien": "BE",
    "nl": "NL", "netherlands": "NL", "pays-bas": "NL", "niederlande": "NL",
    "es": "ES", "spain": "ES", "espagne": "ES", "spanien": "ES",
    "it": "IT", "italy": "IT", "italie": "IT", "italien": "IT",
    "ie": "IE", "ireland": "IE", "irlande": "IE", "irland": "IE",
    "ca": "CA", "canada": "CA", "kanada": "CA",
    "lu": "LU", "luxembourg": "LU", "luxemburg": "LU",
    "dk": "DK", "denmark": "DK", "danemark": "DK", "dänemark": "DK",
    "no": "NO", "norway": "NO", "norvège": "NO", "norwegen": "NO",
}

# Order breaks ties: a page that says "software" and "consulting" equally is a software firm.
INDUSTRIES: dict[str, tuple[str, ...]] = {
    "software": ("software", "saas", "logiciel", "softwareentwicklung", "cloud platform", "developer tools"),
    "finance": ("finance", "financial", "fintech", "bank", "banking", "insurance", "asset management",
                "wealth management", "accounting", "ledger", "finanz", "banque", "investment"),
    "healthcare": ("health", "healthcare", "hospital", "clinic", "medical", "santé", "gesundheit", "klinik",
                   "medizin", "patient"),
    "education": ("education", "school", "university", "learning", "courses", "tutoring", "formation",
                  "enseignement", "bildung", "schule"),
    "logistics": ("logistics", "logistique", "logistik", "freight", "shipping", "transport", "spedition",
                  "supply chain", "warehousing", "entrepôt"),
    "food": ("food", "foods", "grocery", "groceries", "organic produce", "alimentaire", "lebensmittel",
             "bakery", "restaurant", "beverages"),
    "manufacturing": ("manufacturing", "manufacturer", "maschinenbau", "machinery", "hersteller", "fabricant",
                      "industrial", "fertigung", "usine"),
    "retail": ("retail", "retailer", "store", "stores", "shop", "e-commerce", "ecommerce", "boutique",
               "einzelhandel", "commerce de détail", "apparel", "outdoor gear"),
    "consulting": ("consulting", "consultancy", "conseil", "advisory", "beratung", "unternehmensberatung"),
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



def country_code(value: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code for a name or code in EN/FR/DE, or None when unknown."""
    if not value:
        return None
    return COUNTRIES.get(value.strip().lower().replace(".", ""))  # "U.K." is "uk"


def industry_of(*texts: str | None) -> str | None:
    """The vocabulary word whose keywords occur most often in `texts` (None when none occurs)."""
    text = " ".join(t for t in texts if t).lower()
    if not text:
        return None
    scores = {industry: sum(len(re.findall(rf"\b{re.escape(k)}\b", text)) for k in keywords)
              for industry, keywords in INDUSTRIES.items()}
    best = max(scores, key=lambda industry: scores[industry])
    return best if scores[best] else None
