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

# With g++, gold links each test (a static copy of the engine, with its debug information) in about half
# the time the default linker takes, which matters for a CI of two builds on two cores; it ships with
# binutils wherever g++ does. Where it is missing, the default linker serves. Not with clang (the fuzzers):
# gold warns about every symbol of clang's AddressSanitizer runtime.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=gold" PROTOVIZ_HAVE_GOLD_LINKER)
    if(PROTOVIZ_HAVE_GOLD_LINKER)
        add_link_options(-fuse-ld=gold)
    endif()
endif()
