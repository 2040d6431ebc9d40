# Settings every Charla target shares: warnings as errors and the Qt hygiene defines of DESIGN.md.
function(charla_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_USE_QSTRINGBUILDER
        QT_NO_URL_CAST_FROM_STRING
        QT_STRICT_ITERATORS
        CHARLA_VERSION="${PROJECT_VERSION}")
endfunction()
