const a = <svg:rect width="1" />;
const b = <Form.Field name="x" />;
