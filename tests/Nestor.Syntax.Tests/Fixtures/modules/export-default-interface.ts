export default interface Props { a: string }
