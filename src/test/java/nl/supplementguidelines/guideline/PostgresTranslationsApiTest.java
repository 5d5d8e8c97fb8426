package nl.supplementguidelines.guideline;

import nl.supplementguidelines.support.PostgresApiTest;

/** Translations over real HTTP on PostgreSQL, in the context the PostgreSQL API tests share. */
@PostgresApiTest
class PostgresTranslationsApiTest extends TranslationsApiContract {
}
