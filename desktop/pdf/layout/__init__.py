"""The paper-form layout engine: a form definition and a record laid out as A4 flowables (``form``), from
small parts each in its own module: the page and its decoration, fields packed several to a row, ruled
writing boxes, tables and the roll, tick grids for scales, drawn check boxes, signatures and reviews."""
