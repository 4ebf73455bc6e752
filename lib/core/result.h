#pragma once

#include <QString>

#include <concepts>
#include <functional>
#include <type_traits>
#include <utility>
#include <variant>

namespace ehb {

// A translated, user-readable reason why something failed.
struct Failure
{
    QString message;
};

inline Failure fail(QString message)
{
    return Failure{std::move(message)};
}

template <typename T, typename E = Failure> class Result;

namespace detail {
template <typename R> struct IsResult : std::false_type
{
};
template <typename T, typename E> struct IsResult<Result<T, E>> : std::true_type
{
};

// What and_then's function returns: a Result with the same error type.
template <typename R, typename E>
concept ResultWithError =
    IsResult<std::remove_cvref_t<R>>::value && std::same_as<typename R::error_type, E>;
} // namespace detail

// Either a value or an error: errors are values, not bool plus out-parameter. The shape is that
// of C++23's std::expected (and_then, transform, value_or), which the compilers Qt 6.4 is
// built with do not all have. The error is a Failure (a translated message) unless a caller
// needs more, such as FieldErrors naming each bad field. error() of a Result<T> is the message.
template <typename T, typename E> class [[nodiscard]] Result
{
public:
    using value_type = T;
    using error_type = E;

    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}
    // From a Result of a value that converts, such as a pointer to a derived class.
    template <typename U>
    requires(!std::same_as<U, T> && std::convertible_to<U, T>) Result(Result<U, E> &&other)
        : m_state(other.ok() ? State(std::in_place_index<0>, std::get<0>(std::move(other.m_state)))
                             : State(std::in_place_index<1>, std::get<1>(std::move(other.m_state))))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    template <typename U> T value_or(U &&fallback) const &
    {
        return ok() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

    // The message of a Failure (empty when ok()), else the error itself (only when !ok()).
    const QString &error() const requires std::same_as<E, Failure>
    {
        static const QString none;
        return ok() ? none : std::get<1>(m_state).message;
    }
    const E &error() const requires(!std::same_as<E, Failure>) { return std::get<1>(m_state); }

    // f(value) when ok(), which returns a Result with the same error type; else this error.
    template <typename F> auto and_then(F &&f) const &
    {
        using R = std::remove_cvref_t<std::invoke_result_t<F, const T &>>;
        static_assert(detail::ResultWithError<R, E>, "and_then needs a Result with this error");
        if (ok())
            return R(std::invoke(std::forward<F>(f), value()));
        return R(std::get<1>(m_state));
    }
    template <typename F> auto and_then(F &&f) &&
    {
        using R = std::remove_cvref_t<std::invoke_result_t<F, T &&>>;
        static_assert(detail::ResultWithError<R, E>, "and_then needs a Result with this error");
        if (ok())
            return R(std::invoke(std::forward<F>(f), std::get<0>(std::move(m_state))));
        return R(std::get<1>(std::move(m_state)));
    }

    // A Result holding f(value) when ok(); else this error.
    template <typename F> auto transform(F &&f) const &
    {
        using U = std::remove_cvref_t<std::invoke_result_t<F, const T &>>;
        if (!ok())
            return Result<U, E>(std::get<1>(m_state));
        if constexpr (std::is_void_v<U>) {
            std::invoke(std::forward<F>(f), value());
            return Result<U, E>();
        } else {
            return Result<U, E>(std::invoke(std::forward<F>(f), value()));
        }
    }
    template <typename F> auto transform(F &&f) &&
    {
        using U = std::remove_cvref_t<std::invoke_result_t<F, T &&>>;
        if (!ok())
            return Result<U, E>(std::get<1>(std::move(m_state)));
        if constexpr (std::is_void_v<U>) {
            std::invoke(std::forward<F>(f), std::get<0>(std::move(m_state)));
            return Result<U, E>();
        } else {
            return Result<U, E>(std::invoke(std::forward<F>(f), std::get<0>(std::move(m_state))));
        }
    }

private:
    template <typename, typename> friend class Result;
    using State = std::variant<T, E>;

    State m_state;
};

template <typename E> class [[nodiscard]] Result<void, E>
{
public:
    using value_type = void;
    using error_type = E;

    Result() = default;
    Result(E error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }

    // The message of a Failure (empty when ok()), else the error itself (only when !ok()).
    const QString &error() const requires std::same_as<E, Failure> { return m_error.message; }
    const E &error() const requires(!std::same_as<E, Failure>) { return m_error; }

    // f() when ok(), which returns a Result with the same error type; else this error.
    template <typename F> auto and_then(F &&f) const
    {
        using R = std::remove_cvref_t<std::invoke_result_t<F>>;
        static_assert(detail::ResultWithError<R, E>, "and_then needs a Result with this error");
        if (ok())
            return R(std::invoke(std::forward<F>(f)));
        return R(m_error);
    }

    // A Result holding f() when ok(); else this error.
    template <typename F> auto transform(F &&f) const
    {
        using U = std::remove_cvref_t<std::invoke_result_t<F>>;
        if (!ok())
            return Result<U, E>(m_error);
        if constexpr (std::is_void_v<U>) {
            std::invoke(std::forward<F>(f));
            return Result<U, E>();
        } else {
            return Result<U, E>(std::invoke(std::forward<F>(f)));
        }
    }

private:
    E m_error{};
    bool m_failed = false;
};

} // namespace ehb
