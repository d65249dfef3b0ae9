export default
class Named {}
