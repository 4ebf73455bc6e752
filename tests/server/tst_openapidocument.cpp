// The OpenAPI document (lib/server/api/openapi.json) the server serves: it is sound, and it says
// what the code checks (the enums and limits of the report). Its answers against the document are
// tst_serveropenapi's.
#include "core/reportcodec.h"
#include "core/servicecatalogue.h"
#include "core/validation.h"
#include "openapicalls.h"
#include "openapicheck.h"
#include "samples.h"

#include <QJsonArray>
#include <QTest>

using namespace ehb;
using namespace ehb::test;
using namespace Qt::StringLiterals;

class TestOpenApiDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_check = servedDocumentCheck(&error);
        QVERIFY2(m_check, qPrintable(error));
    }

    void documentIsSound()
    {
        const QStringList errors = m_check->structureErrors();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    // The report schema states what lib/core checks: the same ids, enums and limits.
    void reportSchemaMatchesTheCode()
    {
        const auto enumOf = [this](const char *schema) {
            QStringList values;
            const QJsonArray list =
                m_check->resolve(u"#/components/schemas/"_s + QLatin1String(schema) + u"/enum"_s)
                    .toArray();
            for (const QJsonValue &value : list)
                values.append(value.toString());
            return values;
        };
        QStringList catalogue;
        for (const Service &service : ServiceCatalogue::builtIn().services())
            catalogue.append(service.id);
        QCOMPARE(enumOf("ServiceId"), catalogue);
        QCOMPARE(enumOf("Symptom"), knownSymptoms());
        QCOMPARE(enumOf("Fallback"), knownFallbacks());

        const auto limit = [this](const QString &pointer) {
            return m_check->resolve(u"#/components/schemas/ReportInput/properties/"_s + pointer)
                .toInt(-1);
        };
        using V = ReportValidator;
        QCOMPARE(limit(u"error_text/maxLength"_s), V::maxErrorText);
        QCOMPARE(limit(u"comment/maxLength"_s), V::maxComment);
        QCOMPARE(limit(u"symptoms/maxItems"_s), V::maxSymptoms);
        QCOMPARE(limit(u"software/properties/name/maxLength"_s), V::maxSoftwareName);
        QCOMPARE(limit(u"software/properties/version/maxLength"_s), V::maxSoftwareVersion);
        QCOMPARE(limit(u"client/properties/os/maxLength"_s), V::maxClientField);
        QCOMPARE(limit(u"impact/properties/patients/maximum"_s), V::maxPatients);
        QCOMPARE(limit(u"impact/properties/minutes_lost/maximum"_s), V::maxMinutesLost);

        // Reports the server accepts fit the schema; ones it refuses do not.
        const QJsonValue input = m_check->resolve(u"#/components/schemas/ReportInput"_s);
        for (const Report &valid : {sampleReport(), minimalReport()}) {
            const QStringList errors = m_check->validate(ReportCodec::toJson(valid), input);
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        }
        QJsonObject tooMany = report(reportA, 1);
        tooMany.insert(u"impact"_s, QJsonObject{{u"patients"_s, V::maxPatients + 1}});
        QVERIFY(!m_check->validate(tooMany, input).isEmpty());
        QJsonObject noSymptom = report(reportA, 1);
        noSymptom.insert(u"symptoms"_s, QJsonArray());
        QVERIFY(!m_check->validate(noSymptom, input).isEmpty());
        QJsonObject badTime = report(reportA, 1);
        badTime.insert(u"started_at"_s, u"2024-01-15 07:45"_s);
        QVERIFY(!m_check->validate(badTime, input).isEmpty());
    }

private:
    std::unique_ptr<OpenApiCheck> m_check;
};

QTEST_GUILESS_MAIN(TestOpenApiDocument)
#include "tst_openapidocument.moc"
