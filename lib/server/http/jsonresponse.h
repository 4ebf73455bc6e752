#pragma once

#include "core/fielderror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServerRequest;

namespace ehb::server {

using StatusCode = QHttpServerResponse::StatusCode;

// A JSON answer with the headers every API answer carries (Content-Type, Cache-Control).
QHttpServerResponse jsonResponse(const QJsonObject &body, StatusCode status = StatusCode::Ok);

// The error body of docs/architecture.md, "The protocol": {"error": {"code", "message", "fields":
// [{"path", "message"}]}}.
QJsonObject errorBody(const QString &code, const QString &message, const FieldErrors &fields = {});
QHttpServerResponse errorResponse(StatusCode status, const QString &code, const QString &message,
                                  const FieldErrors &fields = {});

// 503 storage_unavailable with Retry-After: the database cannot serve the request now.
QHttpServerResponse storageUnavailableResponse(const QString &message);

// A request header, looked up without regard to case; empty when absent.
QByteArray requestHeader(const QHttpServerRequest &request, QByteArrayView name);

// True when a Content-Type value names application/json (parameters such as charset allowed).
bool isJsonContentType(QByteArrayView contentType);

} // namespace ehb::server
