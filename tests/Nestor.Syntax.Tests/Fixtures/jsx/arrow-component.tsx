export const Card = ({ title, children }: CardProps) => (
  <section>
    <h2>{title}</h2>
    {children}
  </section>
);
