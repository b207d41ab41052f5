"""schema.org Organization facts from JSON-LD, one `<script>` block at a time.

Real sites ship broken JSON (trailing commas, JavaScript comments, raw newlines in strings,
several blocks where one is bad), so each block is parsed alone and a bad block is repaired once
or skipped, never failing the page.
Person nodes are never read: the walk does not enter them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from parsel import Selector

# schema.org's Organization subtree (LocalBusiness and its ~150 subtypes: Dentist, HVACBusiness,
# Winery, LegalService…): a local shop is tagged with its trade's type far more often than with
# "Organization", and its facts are the company's all the same.
ORGANIZATION_TYPES = frozenset("""
Organization Corporation LocalBusiness NGO NewsMediaOrganization OnlineBusiness OnlineStore Airline Consortium
Cooperative EducationalOrganization CollegeOrUniversity ElementarySchool HighSchool MiddleSchool Preschool School
FundingScheme GovernmentOrganization LibrarySystem MedicalOrganization DiagnosticLab Hospital MedicalClinic Pharmacy
Physician VeterinaryCare Dentist PerformingGroup DanceGroup MusicGroup TheaterGroup PoliticalParty ResearchOrganization
SearchRescueOrganization SportsOrganization SportsTeam WorkersUnion LegalService Attorney Notary
AnimalShelter ArchiveOrganization AutomotiveBusiness AutoBodyShop AutoDealer AutoPartsStore AutoRental AutoRepair AutoWash
GasStation MotorcycleDealer MotorcycleRepair ChildCare DryCleaningOrLaundry EmergencyService FireStation PoliceStation
EmploymentAgency EntertainmentBusiness AdultEntertainment AmusementPark ArtGallery Casino ComedyClub MovieTheater NightClub
FinancialService AccountingService AutomatedTeller BankOrCreditUnion InsuranceAgency FoodEstablishment Bakery BarOrPub
Brewery CafeOrCoffeeShop Distillery FastFoodRestaurant IceCreamShop Restaurant Winery GovernmentOffice PostOffice
HealthAndBeautyBusiness BeautySalon DaySpa HairSalon HealthClub NailSalon TattooParlor HomeAndConstructionBusiness
Electrician GeneralContractor HVACBusiness HousePainter Locksmith MovingCompany Plumber RoofingContractor InternetCafe
Library LodgingBusiness BedAndBreakfast Campground Hostel Hotel Motel Resort VacationRental MedicalBusiness
CommunityHealth Dermatology DietNutrition Geriatric Gynecologic Midwifery Nursing Obstetric Oncologic Optician Optometric
Otolaryngologic Pediatric Physiotherapy PlasticSurgery Podiatric PrimaryCare Psychiatric PublicHealth ProfessionalService
RadioStation RealEstateAgent RecyclingCenter SelfStorage ShoppingCenter SportsActivityLocation BowlingAlley ExerciseGym
GolfCourse PublicSwimmingPool SkiResort SportsClub StadiumOrArena TennisComplex TelevisionStation TouristInformationCenter
TravelAgency Store BikeStore BookStore ClothingStore ComputerStore ConvenienceStore DepartmentStore ElectronicsStore Florist
FurnitureStore GardenStore GroceryStore HardwareStore HobbyShop HomeGoodsStore JewelryStore LiquorStore MensClothingStore
MobilePhoneStore MovieRentalStore MusicStore OfficeEquipmentStore OutletStore PawnShop PetStore ShoeStore
SportingGoodsStore TireShop ToyStore WholesaleStore
""".split())
_SKIPPED_TYPES = frozenset({"Person", "Patient", "ContactPoint"})
# Where a page's JSON-LD nests the organisation that runs the site (WebSite.publisher, …).
# Not `creator` nor `author`: a WebSite's creator is the web agency that built it.
_SAME_ENTITY_KEYS = frozenset({"@graph", "publisher", "provider", "mainEntity", "about", "isPartOf",
                               "copyrightHolder", "owner"})
# One left-to-right scan: strings are kept whole (so `//` in a URL is not a comment), comments and
# commas before a closing bracket are dropped.
_REPAIRABLE = re.compile(r'"(?:[^"\\]|\\.)*"|//[^\n]*|/\*.*?\*/|,(?=(?:\s|//[^\n]*|/\*.*?\*/)*[}\]])', re.S)
_WRAPPERS = (("<!--", "-->"), ("<![CDATA[", "]]>"))


def organization_nodes(selector: Selector) -> list[dict[str, Any]]:
    """Every Organization-like node in the page's JSON-LD blocks, in document order."""
    nodes: list[dict[str, Any]] = []
    for block in selector.xpath('//script[@type="application/ld+json"]/text()').getall():
        data = parse_block(block)
        if data is not None:
            nodes.extend(node for node in _walk(data) if organization_types(node))
    return nodes


def parse_block(text: str) -> Any | None:
    """The block's JSON, repaired once if needed; None when it stays unreadable."""
    text = text.strip()
    for opening, closing in _WRAPPERS:
        text = text.removeprefix(opening).removesuffix(closing).strip()
    for candidate in (text, repair(text), close_brackets(repair(text))):
        try:
            # strict=False: raw tabs and newlines inside strings are common and harmless.
            return json.loads(candidate, strict=False)
        except ValueError:
            continue
    return None


def repair(text: str) -> str:
    """`text` without `//` and `/* */` comments and trailing commas, strings untouched."""
    return _REPAIRABLE.sub(lambda m: m.group(0) if m.group(0).startswith('"') else "", text)


def close_brackets(text: str) -> str:
    """`text` with the brackets it leaves open closed, in order: a block cut short by a theme's
    length limit or a template bug (`{"name": "Acme", "numberOfEmployees": 45`) still says what
    it says. A block cut inside a string stays unreadable."""
    stack: list[str] = []
    for token in re.finditer(r'"(?:[^"\\]|\\.)*"|[{}\[\]]', text):
        value = token.group(0)
        if value in "{[":
            stack.append("}" if value == "{" else "]")
        elif value in "}]" and stack and stack[-1] == value:
            stack.pop()
    return text.rstrip().rstrip(",") + "".join(reversed(stack))


def organization_types(node: dict[str, Any]) -> list[str]:
    """The node's schema.org types that are organisations (`@type` may be a string or a list)."""
    return [t for t in _types(node) if t in ORGANIZATION_TYPES]


def _types(node: dict[str, Any]) -> list[str]:
    raw = node.get("@type", [])
    types = raw if isinstance(raw, list) else [raw]
    return [t.rsplit("/", 1)[-1] for t in types if isinstance(t, str)]


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    """Depth-first through `@graph` and the properties that point at the site's own organisation,
    never into people nor into other organisations (parent, brands, members, sellers…), whose
    facts would otherwise fill this company's gaps."""
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        if _SKIPPED_TYPES.intersection(_types(data)):
            return
        yield data
        for key in _SAME_ENTITY_KEYS.intersection(data):
            yield from _walk(data[key])
