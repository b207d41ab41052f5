"""What each destination knows: its fields and the header each is written under.

Light on purpose (no Polars): the checker reads it to warn about columns a destination does not
know. A column is matched to a field by its own name (`email`) or by `as FIELD` (`mail as
email`); `as "Header"` writes a header of the user's choosing instead (a custom property).

Sources of the headers (README "Exports" cites them):
- HubSpot contacts import: a column header matches a contact property's label
  ("Email", "First Name", "Phone Number", ...); contacts are de-duplicated on "Email".
- Salesforce Data Loader (Contact object): the fields' API names (`Email`, `FirstName`, ...).
- Google Ads Customer Match file: "Email", "Phone", "First Name", "Last Name", "Country", "Zip";
  e-mail, phone and names SHA-256 hashed after normalisation, country and zip in clear.
- Meta custom audience customer file: `email`, `phone`, `fn`, `ln`, `country`, `zip`, `ct`,
  `doby`, `gen`; every value normalised then SHA-256 hashed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# How a field's value is prepared for an ad platform before hashing (segdsl.exports.normalise).
EMAIL, PHONE, NAME, LOWER, DIGITS, PLAIN = "email", "phone", "name", "lower", "digits", "plain"


@dataclass(frozen=True)
class Field:
    header: str
    normalise: str = PLAIN  # for ad lists: email | phone | name | lower | digits | plain
    hashed: bool = False


@dataclass(frozen=True)
class Format:
    kind: str
    title: str
    fields: dict[str, Field] = field(default_factory=dict)  # empty: any column, written as named
    identifiers: tuple[str, ...] = ()  # a row needs one of these fields, else it is dropped
    suffixes: tuple[str, ...] = (".csv",)
    hashed: bool = False  # an ad-platform list: identifiers are normalised and hashed
    google_email: bool = False  # Google: dots before @ dropped for gmail.com / googlemail.com
    phone_plus: bool = False  # E.164 written with its `+` (Google) or digits only (Meta)

    def field_for(self, name: str) -> Field | None:
        return self.fields.get(name)


HUBSPOT = Format("hubspot", "HubSpot contacts import", {
    "email": Field("Email"), "first_name": Field("First Name"), "last_name": Field("Last Name"),
    "phone": Field("Phone Number"), "mobile_phone": Field("Mobile Phone Number"),
    "country": Field("Country/Region"), "city": Field("City"), "zip": Field("Postal Code"),
    "company": Field("Company Name"), "job_title": Field("Job Title"), "website": Field("Website URL"),
    "lifecycle_stage": Field("Lifecycle Stage"),
}, identifiers=("email",))

SALESFORCE = Format("salesforce", "Salesforce Data Loader (Contact)", {
    "email": Field("Email"), "first_name": Field("FirstName"), "last_name": Field("LastName"),
    "phone": Field("Phone"), "mobile_phone": Field("MobilePhone"), "country": Field("MailingCountry"),
    "city": Field("MailingCity"), "zip": Field("MailingPostalCode"), "birth_date": Field("Birthdate"),
    "job_title": Field("Title"), "email_opt_out": Field("HasOptedOutOfEmail"),
}, identifiers=("email",))

GOOGLE_ADS = Format("google_ads", "Google Ads Customer Match", {
    "email": Field("Email", EMAIL, True), "phone": Field("Phone", PHONE, True),
    "first_name": Field("First Name", NAME, True), "last_name": Field("Last Name", NAME, True),
    "country": Field("Country", PLAIN), "zip": Field("Zip", PLAIN),
}, identifiers=("email", "phone"), hashed=True, google_email=True, phone_plus=True)

META = Format("meta", "Meta custom audience", {
    "email": Field("email", EMAIL, True), "phone": Field("phone", PHONE, True),
    "first_name": Field("fn", NAME, True), "last_name": Field("ln", NAME, True),
    "country": Field("country", LOWER, True), "zip": Field("zip", LOWER, True),
    "city": Field("ct", NAME, True), "birth_year": Field("doby", DIGITS, True),
}, identifiers=("email", "phone"), hashed=True)

CSV = Format("csv", "CSV file")
PARQUET = Format("parquet", "Parquet file", suffixes=(".parquet", ".pq"))
POSTGRES = Format("postgres", "PostgreSQL table", suffixes=())

FORMATS: dict[str, Format] = {f.kind: f for f in (CSV, PARQUET, HUBSPOT, SALESFORCE, GOOGLE_ADS, META, POSTGRES)}
