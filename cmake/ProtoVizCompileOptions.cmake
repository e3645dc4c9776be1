# Compile options every ProtoViz target shares: strict warnings, Qt's safer string conversions, and the
# optional sanitizers. Targets opt in with protoviz_apply_compile_options(<target>).

function(protoviz_apply_compile_options target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(PROTOVIZ_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_FOREACH
                                                 QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER)
    if(PROTOVIZ_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=${PROTOVIZ_SANITIZE} -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=all)
        target_link_options(${target} PRIVATE -fsanitize=${PROTOVIZ_SANITIZE})
        target_compile_definitions(${target} PRIVATE PROTOVIZ_SANITIZED)
    endif()
endfunction()
