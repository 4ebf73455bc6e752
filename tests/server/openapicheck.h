#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QStringList>

namespace ehb::test {

// Checks answers against an OpenAPI 3.0 document, implementing the part of OpenAPI and of its
// JSON-schema dialect that our openapi.json uses: type, nullable, enum, properties, required,
// additionalProperties, items, minItems/maxItems/uniqueItems, minimum/maximum,
// minLength/maxLength, pattern, format (date-time, uuid, uri), oneOf and local $ref.
// structureErrors() refuses any other schema keyword, so nothing the document states is
// silently left unchecked.
class OpenApiCheck
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Operation
    {
        QString pathTemplate; // empty when no path of the document matches
        QByteArray method;    // upper case
        QJsonObject object;   // empty when the path does not list this method
        bool isDocumented() const { return !object.isEmpty(); }
    };

    explicit OpenApiCheck(QJsonObject document);

    const QJsonObject &document() const { return m_document; }

    // Problems of the document itself: not OpenAPI 3.0.x, a $ref that does not resolve, an
    // operation without responses or a response content without a schema, a path parameter
    // not declared, a schema keyword outside the subset, a path without x-other-methods.
    QStringList structureErrors() const;

    // Every documented operation, as "METHOD /template".
    QStringList operationKeys() const;
    // The operation answering `method` on `path` (no query); see Operation for misses.
    Operation find(const QByteArray &method, const QString &path) const;
    // The parameters (resolved) of an operation, those of its path item included.
    QList<QJsonObject> parameters(const Operation &operation) const;

    // The response documented for `status`, resolved: the operation's, or for a method the
    // path does not list, its x-other-methods response. Empty when undocumented.
    QJsonObject response(const Operation &operation, int status) const;
    // The statuses an operation documents.
    QList<int> statuses(const Operation &operation) const;

    // Problems of one answer against `response`: a content type it does not list, a body that
    // does not validate against the schema of that content, a required header missing or a
    // header value against its schema.
    QStringList checkAnswer(const QJsonObject &response, const Headers &headers,
                            const QByteArray &body) const;

    // Problems of `value` against `schema`, each prefixed with the value's location.
    QStringList validate(const QJsonValue &value, const QJsonValue &schema,
                         const QString &where = QStringLiteral("$")) const;

    // The value a local reference (#/components/...) points to; undefined when it does not
    // resolve. follow() resolves chains of {"$ref": ...} objects.
    QJsonValue resolve(const QString &ref) const;
    QJsonValue follow(const QJsonValue &value) const;

    // The documented content type matching an answer's Content-Type, or empty: equal after
    // normalising case and spaces, or equal media types when the documented one has no
    // parameters.
    static QString matchContentType(const QStringList &documented, const QByteArray &actual);
    static QByteArray header(const Headers &headers, QByteArrayView name);
    // The operation keys of a path item, lower case: get, put, post, ...
    static const QStringList &httpMethods();

private:
    // A short JSON text of `value` for messages.
    static QString compact(const QJsonValue &value);
    void checkSchema(const QJsonValue &schema, const QString &where, QStringList &errors) const;
    void checkRefs(const QJsonValue &value, const QString &where, QStringList &errors) const;

    QJsonObject m_document;
};

} // namespace ehb::test
