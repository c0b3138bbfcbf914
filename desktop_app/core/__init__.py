"""Qt-free core: model, formats, boilerplate, validation, reuse, storage and export."""
